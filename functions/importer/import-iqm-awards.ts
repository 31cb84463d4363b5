// Imports a council's or assessor's IQM award register from Beacon's template (data/templates/iqm-awards.csv):
// each row is granted through the same rules as the grantAward mutation (prerequisites, supersession), in date
// order per school. An award already held (same school, level and assessment day) counts as unchanged, so a
// re-import writes nothing; a row the rules refuse is rejected with its column and reason.
import type { Readable } from 'node:stream';
import { grantDecision, grantFromInput } from '../core/award-input.js';
import { dataSource } from '../core/data-source.js';
import { awardLevelLabels } from '../core/labels.js';
import { IQM_ELEMENTS, type IqmElement } from '../core/vocabulary.js';
import { openStore, recordIds, type StoreConfig } from '../store/index.js';
import { CellError, type Cells, quoted, type RowReject, streamCsvRows } from './parsers/csv-stream.js';
import { blankToNull, type ColumnMap, codeOf, provenanceAndSource, rejectOf } from './register-rows.js';
import { type ImportReport, newReport } from './report.js';

export const IQM_AWARD_COLUMNS: ColumnMap = {
  URN: 'urn',
  Level: 'level',
  'Assessed on': 'assessedOn',
  'Awarded on': 'awardedOn',
  Assessor: 'assessor',
  'Visit days': 'visitDays',
  'Stand-out elements': 'elements',
  Provenance: 'provenance',
  Source: 'source',
};
const REQUIRED = ['URN', 'Level', 'Assessed on', 'Assessor', 'Visit days'];

/** Stand-out elements: codes or IQM's titles, separated by semicolons; all eight elements are recorded. */
function elementsOf(text: string) {
  const named = text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => codeOf(part, IQM_ELEMENTS));
  const unknown = named.find((name) => !(name in IQM_ELEMENTS));
  if (unknown !== undefined)
    throw new CellError('Stand-out elements', `${quoted(unknown)} is not an IQM element (e.g. CURRICULUM, ASSESSMENT)`);
  return (Object.keys(IQM_ELEMENTS) as IqmElement[]).map((element) => ({ element, standOut: named.includes(element) }));
}

const inputOf = (cell: Cells) => ({
  urn: cell('URN'),
  level: codeOf(cell('Level'), awardLevelLabels),
  assessedOn: cell('Assessed on'),
  awardedOn: blankToNull(cell('Awarded on')),
  assessor: cell('Assessor'),
  visitDays: cell('Visit days') === '' ? null : Number(cell('Visit days')),
  elements: elementsOf(cell('Stand-out elements')),
  ...provenanceAndSource(cell),
});

/** The template's rows as grantAward inputs; a row that cannot be read is rejected with its column and reason. */
export const readIqmAwardRows = (source: Readable, name: string) =>
  streamCsvRows(source, name, { what: "Beacon's IQM awards template", columns: REQUIRED, kind: 'iqm-awards' }, inputOf);

export async function importIqmAwards(
  config: StoreConfig,
  source: Readable,
  name: string,
  clock: () => Date = () => new Date(),
): Promise<ImportReport> {
  const report = newReport('iqm-awards', name);
  const rows: { line: number; input: ReturnType<typeof inputOf> }[] = [];
  for await (const row of readIqmAwardRows(source, name)) {
    report.rows += 1;
    if ('reject' in row) report.rejected.push(row.reject);
    else rows.push({ line: row.line, input: row.value });
  }
  const store = openStore(config);
  const today = clock().toISOString().slice(0, 10);
  // Oldest first, so a Centre of Excellence finds the Inclusive School Award it builds on.
  rows.sort((a, b) => a.input.assessedOn.localeCompare(b.input.assessedOn) || a.line - b.line);
  for (const { line, input } of rows) {
    const outcome = await grantRow(store, input, today, clock, name).catch((error: unknown) =>
      rejectOf(line, error, IQM_AWARD_COLUMNS),
    );
    if (typeof outcome === 'string') report[outcome] += 1;
    else report.rejected.push({ ...outcome, line });
  }
  report.rejected.sort((a, b) => a.line - b.line);
  if (report.added > 0) await store.sources.record(dataSource('iqm-awards', name, report.rows, clock().toISOString()));
  return report;
}

async function grantRow(
  store: ReturnType<typeof openStore>,
  input: ReturnType<typeof inputOf>,
  today: string,
  clock: () => Date,
  file: string,
): Promise<'added' | 'unchanged' | RowReject> {
  const grant = grantFromInput(input, today, recordIds.newAwardId);
  const school = await store.schools.readLatest(grant.urn);
  if (!school) return { line: 0, column: 'URN', reason: `no school with URN ${grant.urn} is held by Beacon` };
  const held = await store.awards.readLatest(school);
  if (held.some((award) => award.level === input.level && award.assessedOn === input.assessedOn)) return 'unchanged';
  await store.awards.add(grant.urn, grantDecision(grant), {
    actor: 'iqm-import',
    action: 'importIqmAwards',
    at: clock().toISOString(),
    importedFrom: { kind: 'iqm-awards', file },
  });
  return 'added';
}
