// Imports Ofsted's outcomes file (.csv or .csv.gz): each stated inspection is recorded under the URN it was made
// under (a predecessor Ofsted names is linked, and held if Beacon lacks it: ofsted-lineage.ts); the summaries of that
// school and its descendants take it when newest. Ids come from the visit, so a re-import writes nothing. A row's
// inspections and the summaries they change land in one transaction, many rows to one; a row whose school changed
// meanwhile is redone alone from fresh reads.
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { type ChangeOrigin, importOrigin } from '../core/change-feed.js';
import { dataSource } from '../core/data-source.js';
import { DomainError } from '../core/errors.js';
import { addInspections, descendants } from '../core/inspection-lineage.js';
import { checkInspectionDate, inspectionsOfOutcomes, type StatedInspection } from '../core/ofsted-inspections.js';
import { type StatedPredecessor, statedPredecessors } from '../core/ofsted-lineage.js';
import type { InspectionRecord, SchoolRecord } from '../core/records.js';
import { type InspectionImportUnit, openImportStore, recordIds, type StoreConfig } from '../store/index.js';
import { linkStated } from './ofsted-lineage-links.js';
import { readOfstedOutcomes } from './parsers/ofsted-outcomes.js';
import { type ImportReport, newReport } from './report.js';

export const OUTCOMES_IMPORT_ACTOR = 'ofsted-import';
const ACTION = 'importOfstedOutcomes';
const ROWS_PER_CHUNK = 5000;

export interface OutcomesImportReport extends ImportReport {
  /** Inspections under a URN Beacon does not hold: nothing is written for them. */
  notHeld: number;
  /** Schools newly linked to a predecessor Ofsted names (the predecessor held when Beacon did not hold it). */
  linked: number;
}

export interface OutcomesImportOptions {
  clock?: () => Date;
  /** Rows read and written so far, after each chunk. */
  onProgress?: (rows: number) => void;
}

/** Who writes (the audit trail's words) and where its change events come from. */
interface ImportChange {
  actor: string;
  action: string;
  at: string;
  origin: ChangeOrigin;
}

interface Stated {
  line: number;
  item: StatedInspection;
}

/**
 * Groups the file's rows into units that share no school: a unit's inspections and every summary they change
 * land together, and a school appears in one unit only.
 */
function unitsOf(
  rows: readonly InspectionRecord[][],
  before: ReadonlyMap<string, SchoolRecord>,
  after: ReadonlyMap<string, SchoolRecord>,
): { unit: InspectionImportUnit; rows: number[] }[] {
  const parent = rows.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] ?? index] ?? index;
    return index;
  };
  const rowOfSchool = new Map<string, number>();
  const touched = rows.map((inspections) =>
    [...new Set(inspections.flatMap((inspection) => descendants(inspection.urn, before).map((s) => s.urn)))].filter(
      (urn) => after.has(urn),
    ),
  );
  touched.forEach((urns, index) => {
    for (const urn of urns) {
      const other = rowOfSchool.get(urn);
      if (other === undefined) rowOfSchool.set(urn, index);
      else parent[root(index)] = root(other);
    }
  });
  const groups = new Map<number, number[]>();
  for (const index of rows.keys()) groups.set(root(index), [...(groups.get(root(index)) ?? []), index]);
  return [...groups.values()].map((members) => {
    const urns = [...new Set(members.flatMap((index) => touched[index] ?? []))];
    return {
      rows: members,
      unit: {
        inspections: members.flatMap((index) => rows[index] ?? []),
        schools: urns.flatMap((urn) => {
          const was = before.get(urn);
          const now = after.get(urn);
          return was && now ? [{ before: was, after: now }] : [];
        }),
      },
    };
  });
}

export async function importOfstedOutcomes(
  config: StoreConfig,
  source: Readable,
  name: string,
  options: OutcomesImportOptions = {},
): Promise<OutcomesImportReport> {
  const clock = options.clock ?? (() => new Date());
  const report: OutcomesImportReport = { ...newReport('ofsted-outcomes', name), notHeld: 0, linked: 0 };
  const sourceText = `Ofsted outcomes file ${name.split('/').at(-1) ?? name}`;
  const change = {
    actor: OUTCOMES_IMPORT_ACTOR,
    action: ACTION,
    at: clock().toISOString(),
    origin: importOrigin('ofsted-outcomes', name, clock().toISOString()),
  };
  // A chunk of rows at a time, each from fresh reads, so memory stays flat however large the file.
  let chunk: Stated[] = [];
  let lineage: StatedPredecessor[] = [];
  let rowsInChunk = 0;
  const flush = async () => {
    // Links first, so an inherited inspection finds its predecessor held and its successor among the descendants.
    report.linked += await linkStated(config, lineage, { ...change, source: sourceText });
    await importChunk(config, chunk, report, change);
    options.onProgress?.(report.rows);
    chunk = [];
    lineage = [];
    rowsInChunk = 0;
  };
  for await (const row of readOfstedOutcomes(source, name)) {
    report.rows += 1;
    rowsInChunk += 1;
    if ('reject' in row) report.rejected.push(row.reject);
    else {
      for (const item of inspectionsOfOutcomes(row.value, sourceText, recordIds.ofstedInspectionId))
        chunk.push({ line: row.line, item });
      lineage.push(...statedPredecessors(row.value));
    }
    if (rowsInChunk >= ROWS_PER_CHUNK) await flush();
  }
  await flush();
  const store = openImportStore(config);
  // The file becomes the kind's source when it changed something; a re-import writes nothing.
  if (report.added > 0)
    await store.sources.record(dataSource('ofsted-outcomes', name, report.rows, clock().toISOString()));
  return report;
}

/** Records one chunk's stated inspections: reads, decides in memory, writes in bulk, redoes stale rows alone. */
async function importChunk(
  config: StoreConfig,
  stated: readonly Stated[],
  report: OutcomesImportReport,
  change: ImportChange,
  attempt = 1,
): Promise<void> {
  if (stated.length === 0) return;
  const store = openImportStore(config);
  const owners = await store.schools.read([...new Set(stated.map(({ item }) => item.inspection.urn))]);
  const before = new Map(
    [...owners, ...(await store.schools.descendantsOf(owners))].map((school) => [school.urn, school]),
  );

  // Hand-recorded visits of the same days (other ids), so the same visit is not recorded twice.
  const sameDay = stated.flatMap(({ item: { inspection } }) => {
    const school = before.get(inspection.urn);
    const prefix = inspection.id.slice(0, inspection.id.lastIndexOf('-') + 1);
    return (school?.inspectionIds ?? [])
      .filter((id) => id.startsWith(prefix) && id !== inspection.id)
      .map((id) => ({ urn: inspection.urn, id }));
  });
  const existing = sameDay.length > 0 ? await store.inspections.read(sameDay) : [];

  const valid = new Map<string, Stated>();
  const byLine = new Map<number, InspectionRecord[]>();
  for (const entry of stated) {
    const { inspection, column } = entry.item;
    const school = before.get(inspection.urn);
    if (!school) {
      report.notHeld += 1;
      continue;
    }
    try {
      checkInspectionDate(school, inspection);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      report.rejected.push({ line: entry.line, column, reason: error.message });
      continue;
    }
    // Two rows may state one visit (a predecessor's inspection inherited by two schools): it is written once.
    if (valid.has(inspection.id)) {
      report.unchanged += 1;
      continue;
    }
    valid.set(inspection.id, entry);
  }
  const { changed, added, unchanged } = addInspections(
    before,
    [...valid.values()].map(({ item }) => item.inspection),
    existing,
  );
  report.unchanged += unchanged.length;
  for (const inspection of added) {
    const line = valid.get(inspection.id)?.line ?? 0;
    byLine.set(line, [...(byLine.get(line) ?? []), inspection]);
  }

  const units = unitsOf([...byLine.values()], before, changed);
  const { origin, ...context } = change;
  const outcomes = await store.inspections.writeUnits(
    units.map(({ unit }) => unit),
    context,
    origin,
  );
  const stale = units.filter((_, index) => outcomes[index] === 'stale').flatMap(({ unit }) => unit.inspections);
  report.added += added.length - stale.length;
  await redoAlone(
    config,
    stale.flatMap((inspection) => valid.get(inspection.id) ?? []),
    report,
    change,
    attempt,
  );
}

/** Times a row whose school keeps changing under the write is redone from fresh reads before it is rejected. */
const MAX_ATTEMPTS = 10;

/**
 * Rows whose school changed under the bulk write: each redone alone, from fresh reads, through the same import
 * store (so a visit someone recorded meanwhile counts as unchanged), until it lands or has been tried enough.
 */
async function redoAlone(
  config: StoreConfig,
  stale: readonly Stated[],
  report: OutcomesImportReport,
  change: ImportChange,
  attempt: number,
): Promise<void> {
  const byLine = new Map<number, Stated[]>();
  for (const entry of stale) byLine.set(entry.line, [...(byLine.get(entry.line) ?? []), entry]);
  for (const [line, entries] of byLine) {
    if (attempt < MAX_ATTEMPTS) {
      await delay(25 * attempt);
      await importChunk(config, entries, report, change, attempt + 1);
      continue;
    }
    for (const { item } of entries)
      report.rejected.push({
        line,
        column: 'URN',
        reason: `School ${item.inspection.urn} is being changed by someone else right now; please try again.`,
      });
  }
}
