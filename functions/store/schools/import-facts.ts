import { auditText } from '../../core/audit-text.js';
import { type ChangeContext, diffRecords } from '../../core/change.js';
import { type ChangeOrigin, schoolFactChanges, type TrustNames } from '../../core/change-feed.js';
import { compact } from '../../core/compact.js';
import type { SchoolRecord } from '../../core/records.js';
import { newSchoolRecord } from '../../core/school-record.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { type FactsResult, updateSchools } from './school-updates.js';

export type { FactsOutcome, FactsResult } from './school-updates.js';

/** The fields GIAS owns. Everything else on a school (records, summary, links, provenance) is Beacon's. */
export const SCHOOL_FACT_FIELDS = [
  'name',
  'laCode',
  'trustUid',
  'trustJoinedOn',
  'phase',
  'type',
  'administrativeDistrict',
  'town',
  'postcode',
  'openedOn',
  'closedOn',
] as const;

export type SchoolFactField = (typeof SCHOOL_FACT_FIELDS)[number];
export type SchoolFacts = Pick<SchoolRecord, SchoolFactField>;

export interface SchoolFactsUpdate {
  urn: string;
  /** The facts as the source states them: an absent optional fact is "not recorded" and clears a stored one. */
  facts: SchoolFacts;
  /** Facts the source does not carry at all (e.g. an extract without a Trusts column): stored values stay. */
  keep?: readonly SchoolFactField[];
  /** GIAS's links for the school, when the source is the links file: they replace the stored ones. */
  links?: Pick<SchoolRecord, 'predecessors' | 'successors'>;
}

export interface FactsImportContext extends Omit<ChangeContext, 'at'> {
  /**
   * Where the facts come from, e.g. "GIAS file edubasealldata20250422.csv": new schools' `source` and history
   * summaries.
   */
  source: string;
  /** ISO instant of each write: history is ordered by it, so it is taken when the school is written. */
  now: () => string;
  /** Where the change events the facts state come from (the import kind, file and as-at). */
  origin: ChangeOrigin;
  /** Trusts' names for join and leave events, where the import knows them. */
  trustNames?: TrustNames;
}

/**
 * The school with the update's facts, or null when they change nothing. Records, summary, links and provenance
 * are taken from the stored school whatever the update holds; the version moves only with a change.
 */
export function applySchoolFacts(
  existing: SchoolRecord | null,
  update: SchoolFactsUpdate,
  source: string,
): SchoolRecord | null {
  const facts: Partial<Record<SchoolFactField, string>> = {};
  for (const field of SCHOOL_FACT_FIELDS) {
    facts[field] = existing && update.keep?.includes(field) ? existing[field] : update.facts[field];
  }
  // A joined date belongs to one membership: a school that moves trust keeps no date from the old one.
  if (existing && facts.trustUid !== existing.trustUid && update.keep?.includes('trustJoinedOn')) {
    facts.trustJoinedOn = undefined;
  }
  const { name, laCode } = update.facts;
  if (!existing) return newSchoolRecord(compact({ ...facts, ...update.links, urn: update.urn, name, laCode, source }));
  const next = compact({ ...existing, ...facts, ...update.links, version: existing.version + 1 });
  return diffRecords(existing, next).length === 0 ? null : next;
}

/**
 * Applies the facts of many schools: strongly consistent BatchGetItems (retried until every key is answered), then
 * the changed schools packed many to a transaction (school and history entry each, version-checked); a school that
 * changed since it was read is re-read and redone alone.
 */
export function importSchoolFacts(
  config: StoreConfig,
  updates: readonly SchoolFactsUpdate[],
  context: FactsImportContext,
  options: { concurrency?: number } = {},
): Promise<FactsResult[]> {
  const { source, origin, trustNames, ...change } = context;
  return updateSchools(
    config,
    updates.map((update) => ({
      urn: update.urn,
      decide: (existing) => applySchoolFacts(existing, update, source),
      summary: (existing) => auditText.schoolImported(existing !== null, source),
      // Opened, closed, joined or left a trust, converted: written with the school.
      changes: (existing, next) => schoolFactChanges(existing, next, origin, trustNames),
    })),
    change,
    options,
  );
}
