// A census file's figures onto the schools Beacon holds, through the bulk school updates (version-checked, with
// history and the council's, trust's and England's rollups in the same transaction). Which figures land is core's
// rule (core/census.ts); schools not held and schools holding a newer census are left alone and named.
import { auditText } from '../../core/audit-text.js';
import { applyCensus, type CensusFigures } from '../../core/census.js';
import type { IsoDate } from '../../core/records.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { type FactsResult, type UpdateContext, updateSchools } from './school-updates.js';

export interface CensusUpdate {
  urn: string;
  figures: CensusFigures;
}

export interface CensusOutcome {
  results: FactsResult[];
  /** URNs Beacon does not hold: nothing written. */
  notHeld: string[];
  /** URNs whose held census is newer than the file's: nothing written. */
  newerHeld: string[];
  /** URNs that held no census before this one. */
  firstCensus: string[];
}

export async function importSchoolCensus(
  config: StoreConfig,
  updates: readonly CensusUpdate[],
  asAt: IsoDate,
  context: UpdateContext & { source: string },
): Promise<CensusOutcome> {
  const { source, ...change } = context;
  const notHeld = new Set<string>();
  const newerHeld = new Set<string>();
  const firstCensus = new Set<string>();
  const results = await updateSchools(
    config,
    updates.map(({ urn, figures }) => ({
      urn,
      decide: (existing) => {
        if (!existing) {
          notHeld.add(urn);
          return null;
        }
        if (existing.census && existing.census.asAt > asAt) newerHeld.add(urn);
        if (!existing.census) firstCensus.add(urn);
        const census = applyCensus(existing.census, asAt, figures);
        return census ? { ...existing, census, version: existing.version + 1 } : null;
      },
      summary: () => auditText.censusImported(source),
    })),
    change,
  );
  return { results, notHeld: [...notHeld], newerHeld: [...newerHeld], firstCensus: [...firstCensus] };
}
