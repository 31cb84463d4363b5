// Imports Ofsted's outcomes file (official statistics or monthly management information, .csv or .csv.gz): each
// stated inspection is recorded under the URN it was made under, through the same write as recordInspection
// (summaries, successors' summaries and history in one transaction). An inspection already recorded (same URN,
// date and type) counts as unchanged, so a re-import writes nothing; a school Beacon does not hold is counted.
import type { Readable } from 'node:stream';
import pMap from 'p-map';
import { DomainError, DUPLICATE_INSPECTION } from '../core/errors.js';
import { checkInspectionDate, inspectionsOfOutcomes, type StatedInspection } from '../core/ofsted-inspections.js';
import { openStore, recordIds, type StoreConfig } from '../store/index.js';
import type { ImportReport } from './import-la-codes.js';
import type { RowReject } from './parsers/csv-stream.js';
import { readOfstedOutcomes } from './parsers/ofsted-outcomes.js';

export const OUTCOMES_IMPORT_ACTOR = 'ofsted-import';

export interface OutcomesImportReport extends ImportReport {
  /** Inspections under a URN Beacon does not hold: nothing is written for them. */
  notHeld: number;
}

type Outcome = 'added' | 'unchanged' | 'notHeld' | RowReject;

export async function importOfstedOutcomes(
  config: StoreConfig,
  source: Readable,
  name: string,
  options: { concurrency?: number; clock?: () => Date } = {},
): Promise<OutcomesImportReport> {
  const clock = options.clock ?? (() => new Date());
  const report: OutcomesImportReport = {
    kind: 'ofsted-outcomes',
    file: name,
    rows: 0,
    added: 0,
    changed: 0,
    unchanged: 0,
    rejected: [],
    notHeld: 0,
  };
  const stated: { line: number; item: StatedInspection }[] = [];
  const sourceText = `Ofsted outcomes file ${name.split('/').at(-1) ?? name}`;
  for await (const row of readOfstedOutcomes(source, name)) {
    report.rows += 1;
    if ('reject' in row) report.rejected.push(row.reject);
    else
      for (const item of inspectionsOfOutcomes(row.value, sourceText, recordIds.ofstedInspectionId))
        stated.push({ line: row.line, item });
  }
  const store = openStore(config);
  const held = new Set(
    (await store.schools.existing([...new Set(stated.map(({ item }) => item.inspection.urn))])).map((s) => s.urn),
  );

  const record = async ({ line, item }: (typeof stated)[number]): Promise<Outcome> => {
    const { inspection, column } = item;
    if (!held.has(inspection.urn)) return 'notHeld';
    try {
      await store.inspections.record(inspection.urn, (school) => checkInspectionDate(school, inspection), {
        actor: OUTCOMES_IMPORT_ACTOR,
        action: 'importOfstedOutcomes',
        at: clock().toISOString(),
      });
      return 'added';
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.details?.reason === DUPLICATE_INSPECTION) return 'unchanged';
      return { line, column, reason: error.message };
    }
  };
  // Schools one at a time each (their summary is version-checked); different schools in parallel.
  const bySchool = new Map<string, typeof stated>();
  for (const entry of stated) {
    const urn = entry.item.inspection.urn;
    bySchool.set(urn, [...(bySchool.get(urn) ?? []), entry]);
  }
  const outcomes = (
    await pMap(
      bySchool.values(),
      async (items) => {
        const results: Outcome[] = [];
        for (const item of items) results.push(await record(item));
        return results;
      },
      { concurrency: options.concurrency ?? 8 },
    )
  ).flat();
  for (const outcome of outcomes) {
    if (outcome === 'added' || outcome === 'unchanged' || outcome === 'notHeld') report[outcome] += 1;
    else report.rejected.push(outcome);
  }
  return report;
}
