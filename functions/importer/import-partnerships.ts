// Imports a council's register of partner agencies working with its schools, from Beacon's template
// (data/templates/partnerships.csv): each agency is created when Beacon lacks it, and each partnership added, or
// ended when the register gives an end date, through the same rules as the mutations. A partnership already as the
// row states counts as unchanged, so a re-import writes nothing; a refused row comes back with column and reason.
import type { Readable } from 'node:stream';
import { dataSource } from '../core/data-source.js';
import { agencyKindLabels } from '../core/labels.js';
import type { Speaker } from '../core/local-authority-assurance.js';
import { endPartnership, endPartnershipTarget, partnershipFromInput } from '../core/partnership-input.js';
import { agencyFromInput } from '../core/reference-input.js';
import { openStore, type StoreConfig } from '../store/index.js';
import { OPERATORS, partnershipRowRefusal } from './acting-for.js';
import { type Cells, streamCsvRows } from './parsers/csv-stream.js';
import { blankToNull, type ColumnMap, codeOf, provenanceAndSource, rejectOf, yesNo } from './register-rows.js';
import { type ImportReport, newReport } from './report.js';

export const PARTNERSHIP_COLUMNS: ColumnMap = {
  URN: 'urn',
  'Agency id': 'agencyId',
  'Agency name': 'name',
  'Agency kind': 'kind',
  'Agency council code': 'localAuthorityCode',
  Since: 'since',
  Until: 'until',
  Focus: 'focus',
  'Council quality assured': 'councilQualityAssured',
  Provenance: 'provenance',
  Source: 'source',
};
const REQUIRED = ['URN', 'Agency id', 'Agency name', 'Agency kind', 'Since'];

const rowOf = (cell: Cells) => ({
  agency: {
    id: cell('Agency id'),
    name: cell('Agency name'),
    kind: codeOf(cell('Agency kind'), agencyKindLabels),
    localAuthorityCode: blankToNull(cell('Agency council code')),
  },
  partnership: {
    urn: cell('URN'),
    agencyId: cell('Agency id'),
    since: cell('Since'),
    focus: blankToNull(cell('Focus')),
    councilQualityAssured: yesNo(cell('Council quality assured'), false),
    ...provenanceAndSource(cell),
  },
  until: blankToNull(cell('Until')),
});

/** The template's rows as agency and partnership inputs; a row that cannot be read is rejected with its reason. */
export const readPartnershipRows = (source: Readable, name: string) =>
  streamCsvRows(
    source,
    name,
    { what: "Beacon's partnerships template", columns: REQUIRED, kind: 'partnerships' },
    rowOf,
  );

/**
 * `actsFor` is whom the register speaks for: Beacon's operators (the default), or a council whose upload may add
 * and end partnerships at its own schools or with its own agencies and claim only its own quality assurance.
 */
export async function importPartnerships(
  config: StoreConfig,
  source: Readable,
  name: string,
  clock: () => Date = () => new Date(),
  actsFor: Speaker = OPERATORS,
): Promise<ImportReport> {
  const store = openStore(config);
  const report = newReport('partnerships', name);
  const today = clock().toISOString().slice(0, 10);
  const change = (action: string) => ({
    actor: 'partnerships-import',
    action,
    at: clock().toISOString(),
    importedFrom: { kind: 'partnerships', file: name },
  });
  for await (const row of readPartnershipRows(source, name)) {
    report.rows += 1;
    if ('reject' in row) {
      report.rejected.push(row.reject);
      continue;
    }
    try {
      const { agency, partnership, until } = row.value;
      // Every row is validated whole before anything is read or written.
      const agencyRecord = agencyFromInput(agency);
      const record = partnershipFromInput(partnership, today);
      const target = until ? endPartnershipTarget({ ...record, until }, today) : null;
      if (agencyRecord.laCode && !(await store.localAuthorities.byCode(agencyRecord.laCode))) {
        report.rejected.push({
          line: row.line,
          column: 'Agency council code',
          reason: `no council with code ${agencyRecord.laCode} is held by Beacon`,
        });
        continue;
      }
      const school = await store.schools.readLatest(record.urn);
      if (!school) {
        report.rejected.push({
          line: row.line,
          column: 'URN',
          reason: `no school with URN ${record.urn} is held by Beacon`,
        });
        continue;
      }
      const storedAgency = await store.agencies.byId(agency.id);
      const existing = (await store.partnerships.ofSchool(school)).find(
        (candidate) => candidate.agencyId === record.agencyId && candidate.since === record.since,
      );
      // Nothing is written for a row that says what this register may not say.
      const refusal = partnershipRowRefusal(actsFor, {
        line: row.line,
        school,
        agency: storedAgency ?? agencyRecord,
        createsAgency: !storedAgency,
        partnership: record,
        adds: !existing,
      });
      if (refusal) {
        report.rejected.push(refusal);
        continue;
      }
      if (!storedAgency) await store.agencies.upsert(agencyRecord);
      if (!existing) {
        await store.partnerships.add(record, change('addPartnership'));
        report.added += 1;
      } else if (target && existing.until !== target.until) {
        await store.partnerships.end(
          target,
          (stored) => endPartnership(stored, target.until),
          change('endPartnership'),
        );
        report.changed += 1;
        continue;
      } else {
        report.unchanged += 1;
        continue;
      }
      if (target)
        await store.partnerships.end(
          target,
          (stored) => endPartnership(stored, target.until),
          change('endPartnership'),
        );
    } catch (error) {
      report.rejected.push(rejectOf(row.line, error, PARTNERSHIP_COLUMNS));
    }
  }
  if (report.added + report.changed > 0)
    await store.sources.record(dataSource('partnerships', name, report.rows, clock().toISOString()));
  return report;
}
