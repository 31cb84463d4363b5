// Importing Ofsted's outcomes for Knowsley's rows of the national file over the seed: each stated inspection
// recorded under its URN, the school's latest outcome as the file states it, and a re-import that adds nothing.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { importOfstedOutcomes, type OutcomesImportReport } from '../../functions/importer/import-ofsted-outcomes.js';
import { openStore } from '../../functions/store/index.js';
import { invoke } from '../support/api-events.js';
import { expectRollupsTrue } from '../support/rollup-check.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const FILE = 'data/ofsted/ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz';
const iso = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');

let api: SeededApi;
let knowsley: string[][];
let rowsOf: (localAuthority: string) => string[][];
let header: string[];
let first: OutcomesImportReport;
const slice = () => Readable.from([Buffer.from(stringify([header, ...knowsley]))]);
const column = (name: string) => header.indexOf(name);

beforeAll(async () => {
  api = await seededApi('ofsted-import', undefined, { outcomes: false });
  const rows = parse(gunzipSync(readFileSync(FILE)), { bom: true }) as string[][];
  header = rows[0] ?? [];
  rowsOf = (localAuthority) => rows.slice(1).filter((row) => row[column('Local authority')] === localAuthority);
  knowsley = rowsOf('Knowsley');
  const store = { client: api.table.client, tableName: api.table.tableName };
  first = await importOfstedOutcomes(store, slice(), 'knowsley.csv', { clock: () => new Date('2026-11-23T09:00:00Z') });
}, 120_000);

describe('importing Ofsted outcomes', () => {
  it('keeps the councils’, trusts’ and England’s kept counts and listings in step with the schools', async () => {
    await expectRollupsTrue(api, [{ localAuthority: '340' }, { localAuthority: '886' }, { trust: '2864' }, 'england']);
  });

  it('accounts for every inspection the rows state: recorded, not held, or rejected with a reason', () => {
    const stated = knowsley.reduce(
      (sum, row) =>
        sum +
        ['Inspection start date', 'Previous inspection start date', 'Date of latest ungraded inspection'].filter(
          (name) => (row[column(name)] ?? '') !== '',
        ).length,
      0,
    );
    expect(first.rows).toBe(knowsley.length);
    expect(first.added + first.unchanged + first.notHeld + first.rejected.length).toBe(stated);
    expect(first.added).toBeGreaterThan(50);
    for (const reject of first.rejected) expect(reject.reason).toMatch(/predecessor|already/);
  });

  it('gives Lord Derby Academy its latest graded outcome as the file states it', async () => {
    const row = knowsley.find((candidate) => candidate[column('URN')] === '140412') ?? [];
    const { body } = await invoke<{
      school: { latestInspection: { inspectedOn: string; overallEffectiveness: string; source: string } };
    }>(
      api.handler,
      '{ school(urn: "140412") { latestInspection { inspectedOn source ' +
        '... on LegacyInspection { overallEffectiveness } } } }',
    );
    expect(body.data?.school.latestInspection).toMatchObject({
      inspectedOn: iso(row[column('Inspection start date')] ?? ''),
      overallEffectiveness: { 1: 'OUTSTANDING', 2: 'GOOD', 3: 'REQUIRES_IMPROVEMENT', 4: 'INADEQUATE' }[
        row[column('Overall effectiveness')] ?? ''
      ],
      source: 'Ofsted outcomes file knowsley.csv',
    });
  });

  it('gives each Knowsley school its standing graded and later ungraded outcome, with the URN made under', async () => {
    const grades: Record<string, string> = { 1: 'OUTSTANDING', 2: 'GOOD', 3: 'REQUIRES_IMPROVEMENT', 4: 'INADEQUATE' };
    const cell = (row: string[], name: string) => row[column(name)] ?? '';
    // The scenario records nothing for these schools, so the file alone says what each should show.
    const sample = knowsley.filter((row) => cell(row, 'URN') !== '140412');
    expect(sample.length).toBeGreaterThan(40);
    const { body } = await invoke<{ schools: { edges: { node: { urn: string; inclusionStatus: unknown } }[] } }>(
      api.handler,
      `{ schools(filter: { localAuthority: "340" }, first: 100) { edges { node { urn inclusionStatus {
          gradedInspectionOn gradedInheritedFromUrn legacyOverallGrade ungradedInspectionOn ungradedOutcome } } } } }`,
    );
    const shown = new Map(body.data!.schools.edges.map((edge) => [edge.node.urn, edge.node.inclusionStatus]));
    for (const row of sample) {
      const graded = cell(row, 'Inspection start date');
      const ungraded = cell(row, 'Date of latest ungraded inspection');
      const ownGraded = cell(row, 'Does the latest graded inspection relate to the URN of the current school?');
      expect(shown.get(cell(row, 'URN')), `URN ${cell(row, 'URN')}`).toEqual({
        gradedInspectionOn: graded ? iso(graded) : null,
        gradedInheritedFromUrn:
          graded && ownGraded === 'No' ? cell(row, 'URN at time of latest graded inspection') : null,
        legacyOverallGrade: grades[cell(row, 'Overall effectiveness')] ?? null,
        ungradedInspectionOn: ungraded ? iso(ungraded) : null,
        ungradedOutcome: ungraded ? cell(row, 'Ungraded inspection overall outcome') : null,
      });
    }
  });

  it('adds nothing when the same rows are imported again', async () => {
    const store = { client: api.table.client, tableName: api.table.tableName };
    const again = await importOfstedOutcomes(store, slice(), 'knowsley.csv');
    expect(again).toMatchObject({ added: 0, unchanged: first.added + first.unchanged, notHeld: first.notHeld });
  });
});

describe('importing Ofsted outcomes while a school changes', () => {
  it('redoes a row whose school changed under the bulk write: it lands once, the change stays', async () => {
    const store = { client: api.table.client, tableName: api.table.tableName };
    const towerHamlets = () =>
      Readable.from([
        Buffer.from(stringify([header, ...rowsOf('Tower Hamlets').filter((row) => row[column('URN')] === URN)])),
      ]);
    const URN = '143630'; // Ian Mikardo School
    const school = await openStore(store).schools.readLatest(URN);
    const PREDECESSOR = '131598';
    const predecessor = await openStore(store).schools.readLatest(PREDECESSOR);
    expect(school).toMatchObject({ urn: URN, laCode: '211' });
    const held = (school?.inspectionIds.length ?? 0) + (predecessor?.inspectionIds.length ?? 0);
    // Just before the import's first transaction, someone else updates the school: that write lands first.
    let changedMeanwhile = false;
    api.table.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && !changedMeanwhile) {
          changedMeanwhile = true;
          const { body } = await invoke(
            api.handler,
            'mutation ($input: UpsertSchoolInput!) { upsertSchool(input: $input) { urn } }',
            {
              input: {
                urn: URN,
                name: school?.name,
                localAuthorityCode: school?.laCode,
                trustUid: school?.trustUid,
                phase: school?.phase,
                type: school?.type,
                administrativeDistrict: school?.administrativeDistrict,
                postcode: school?.postcode,
                openedOn: school?.openedOn,
                town: 'Bow',
              },
            },
          );
          expect(body.errors).toBeUndefined();
        }
        return next(args);
      },
      { step: 'initialize', name: 'changeMeanwhile' },
    );
    try {
      const report = await importOfstedOutcomes(store, towerHamlets(), 'tower-hamlets.csv');
      expect(changedMeanwhile).toBe(true);
      expect(report).toMatchObject({ rows: 1, rejected: [], notHeld: 0 });
      expect(report.added).toBeGreaterThan(0);
      // Each inspection recorded once, under the school or its predecessor (131598) it was made under.
      const after = await openStore(store).schools.readLatest(URN);
      const predecessorAfter = await openStore(store).schools.readLatest(PREDECESSOR);
      expect(after).toMatchObject({ town: 'Bow' });
      const ids = [...(after?.inspectionIds ?? []), ...(predecessorAfter?.inspectionIds ?? [])];
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(held + report.added);
      expect(after?.inspectionIds.filter((id) => id.includes('20230627'))).toHaveLength(1);
      const again = await importOfstedOutcomes(store, towerHamlets(), 'tower-hamlets.csv');
      expect(again).toMatchObject({ added: 0, unchanged: report.added, rejected: [] });
    } finally {
      api.table.client.middlewareStack.remove('changeMeanwhile');
    }
  });
});
