// Importing the DfE's school-level census files (January 2023) over a seed without them, through the registry: each
// held school takes the figures its file carries, a council's and a trust's census is the file's sum over their open
// schools, suppressed cells stay unknown, URNs Beacon does not hold are listed, bad rows are rejected with their line
// and reason, and importing the same files again writes nothing.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CensusImportReport } from '../../functions/importer/import-school-census.js';
import { type ImportReport, runImport } from '../../functions/importer/kinds.js';
import { openStore, type StoreConfig } from '../../functions/store/index.js';
import { invoke } from '../support/api-events.js';
import { censusFsmRows, censusNumber, censusSenRows, percentOneDecimal, sampled } from '../support/national-files.js';
import { expectRollupsTrue } from '../support/rollup-check.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';
import { tableSnapshot } from '../support/table-snapshot.js';

// The seeded councils' rows, and the City of London's, whose schools the seed does not hold.
const LOCAL_AUTHORITIES = ['Knowsley', 'Tower Hamlets', 'Kent', 'Hertfordshire', 'City of London'];
const SEN_FILE = 'dfe_school_sen_2022-23_by_urn.csv';
const FSM_FILE = 'dfe_school_fsm_2022-23.csv';

const slice = (rows: Record<string, string>[]) => rows.filter((row) => LOCAL_AUTHORITIES.includes(row.la_name ?? ''));
const csvOf = (rows: Record<string, string>[]) =>
  stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) });
const fileOf = (name: string, text: string) => ({ name, source: Readable.from([Buffer.from(text)]) });

let api: SeededApi;
let config: StoreConfig;
let sen: CensusImportReport;
let fsm: CensusImportReport;
const senRows = slice(censusSenRows());
const fsmRows = slice(censusFsmRows());
const senOf = new Map(senRows.map((row) => [row.urn ?? '', row]));
const fsmOf = new Map(fsmRows.map((row) => [row.urn ?? '', row]));

const importCensus = async (name: string, text: string, censusDate?: string) =>
  (await runImport('school-census', config, fileOf(name, text), censusDate ? { censusDate } : {}))
    .result as CensusImportReport;

interface CensusView {
  asAt: string;
  periodLabel: string;
  pupils: number | null;
  senSupport: number | null;
  senSupportPercent: number | null;
  ehcPlans: number | null;
  ehcPlanPercent: number | null;
  fsmPercent: number | null;
  suppressed: string[];
}
const CENSUS_FIELDS =
  'asAt periodLabel pupils senSupport senSupportPercent ehcPlans ehcPlanPercent fsmPercent suppressed';

async function censusOf(urn: string): Promise<CensusView | null> {
  const { body } = await invoke<{ school: { census: CensusView | null } }>(
    api.handler,
    `{ school(urn: "${urn}") { census { ${CENSUS_FIELDS} } } }`,
  );
  expect(body.errors).toBeUndefined();
  return body.data?.school.census ?? null;
}

/** What the files say of a school, as the API should show it. */
function expectedCensus(urn: string) {
  const row = senOf.get(urn);
  const pupils = censusNumber(row?.total_pupils);
  const senSupport = censusNumber(row?.sen_support);
  const ehcPlans = censusNumber(row?.ehc_plan);
  const fsm = fsmOf.get(urn)?.fsm_prop;
  return {
    asAt: '2023-01-19',
    periodLabel: 'January 2023 census',
    pupils,
    senSupport,
    ehcPlans,
    senSupportPercent: pupils && senSupport !== null ? percentOneDecimal(senSupport, pupils) : null,
    ehcPlanPercent: pupils && ehcPlans !== null ? percentOneDecimal(ehcPlans, pupils) : null,
    fsmPercent: censusNumber(fsm),
    suppressed: fsm === 'z' ? ['FSM_PERCENT'] : [],
  };
}

let held: Set<string>;

beforeAll(async () => {
  api = await seededApi('census-import', undefined, { census: false });
  config = { client: api.table.client, tableName: api.table.tableName };
  const store = openStore(config);
  held = new Set((await store.schools.all()).map((school) => school.urn));
  // Closed predecessors are held too: the file's figures land on any school Beacon holds.
  const closed = await store.schools.existing([...senOf.keys()].filter((urn) => !held.has(urn)));
  for (const school of closed) held.add(school.urn);
  sen = await importCensus(SEN_FILE, csvOf(senRows));
  fsm = await importCensus(FSM_FILE, csvOf(fsmRows));
}, 240_000);

describe('importing the school census', () => {
  it('says which census the figures are for, taken from the file name, and which figures the file carries', () => {
    expect(sen.census).toMatchObject({ asAt: '2023-01-19', periodLabel: 'January 2023 census' });
    expect(sen.census.from).toContain('2022-23');
    expect(sen.census.figures).toEqual(['PUPILS', 'SEN_SUPPORT', 'EHC_PLANS']);
    expect(fsm.census.figures).toEqual(['FSM_PERCENT']);
  });

  it('adds the figures of every held school in the file and lists the URNs Beacon does not hold', () => {
    const heldInFile = senRows.filter((row) => held.has(row.urn ?? '')).length;
    expect(sen).toMatchObject({ rows: senRows.length, added: heldInFile, changed: 0, unchanged: 0, rejected: [] });
    expect([...sen.notHeld].sort()).toEqual(
      senRows
        .map((row) => row.urn ?? '')
        .filter((urn) => !held.has(urn))
        .sort(),
    );
    expect(sen.notHeld.length).toBeGreaterThan(0);
    // The FSM file adds to the census the SEN file started: those schools change, the rest are added.
    expect(fsm.added + fsm.changed).toBe(fsmRows.filter((row) => held.has(row.urn ?? '')).length);
  });

  it('gives sampled schools the figures of both files, Lord Derby Academy and The Judd School among them', async () => {
    const urns = [
      '140412',
      '118843',
      ...sampled(
        [...senOf.keys()].filter((urn) => held.has(urn)),
        20,
      ),
    ];
    for (const urn of urns) expect(await censusOf(urn), urn).toEqual(expectedCensus(urn));
  });

  it('sums a council’s and a trust’s open schools as the files do', async () => {
    const store = openStore(config);
    const scopes = [
      { query: 'localAuthority(code: "340")', schools: await store.schools.ofAuthority('340') },
      { query: 'localAuthority(code: "886")', schools: await store.schools.ofAuthority('886') },
      { query: 'trust(uid: "2864")', schools: await store.schools.ofTrust('2864') },
    ];
    for (const { query, schools } of scopes) {
      const withFigures = schools
        .map((school) => senOf.get(school.urn))
        .filter((row): row is Record<string, string> => row !== undefined);
      const total = (column: string) => withFigures.reduce((sum, row) => sum + Number(row[column]), 0);
      const fsmWeighted = withFigures.flatMap((row) => {
        const fsmPercent = censusNumber(fsmOf.get(row.urn ?? '')?.fsm_prop);
        return fsmPercent === null ? [] : [{ fsmPercent, pupils: Number(row.total_pupils) }];
      });
      const fsmPupils = fsmWeighted.reduce((sum, { pupils }) => sum + pupils, 0);
      const { body } = await invoke<Record<string, { censusSummary: Record<string, unknown> }>>(
        api.handler,
        `{ scope: ${query} { censusSummary { asAt periodLabel schoolCount schoolsWithFigures pupils senSupport
          senSupportPercent ehcPlans ehcPlanPercent schoolsWithFsm fsmPercent } } }`,
      );
      const summary = body.data?.scope?.censusSummary ?? {};
      expect(summary, query).toMatchObject({
        asAt: '2023-01-19',
        periodLabel: 'January 2023 census',
        schoolCount: schools.length,
        schoolsWithFigures: withFigures.length,
        pupils: total('total_pupils'),
        senSupport: total('sen_support'),
        ehcPlans: total('ehc_plan'),
        senSupportPercent: percentOneDecimal(total('sen_support'), total('total_pupils')),
        ehcPlanPercent: percentOneDecimal(total('ehc_plan'), total('total_pupils')),
        schoolsWithFsm: fsmWeighted.length,
      });
      const weighted = fsmWeighted.reduce((sum, { fsmPercent, pupils }) => sum + fsmPercent * pupils, 0) / fsmPupils;
      expect(summary.fsmPercent, query).toBeCloseTo(weighted, 1);
    }
  });

  it('keeps the councils’, trusts’ and England’s rollups equal to their schools', async () => {
    await expectRollupsTrue(api, [{ localAuthority: '340' }, { localAuthority: '886' }, { trust: '2864' }]);
  });

  it('writes nothing when the same files are imported again, and reports every held row unchanged', async () => {
    const before = await tableSnapshot(api.table);
    const again = [await importCensus(SEN_FILE, csvOf(senRows)), await importCensus(FSM_FILE, csvOf(fsmRows))];
    expect(await tableSnapshot(api.table)).toEqual(before);
    expect(again[0]).toMatchObject({ added: 0, changed: 0, unchanged: sen.added, rejected: [] });
    expect(again[1]).toMatchObject({ added: 0, changed: 0, unchanged: fsm.added + fsm.changed, rejected: [] });
  });
});

describe('a census file with bad rows', () => {
  const header = 'URN,Total pupils,SEN support,EHC plan';
  const rows = [
    '140412,1072,126,37', // line 2: as the file states
    '118843,many,83,23', // line 3: text in a number
    '117231,-4,0,0', // line 4: a negative count
    '143630,100,90,20', // line 5: more pupils with SEN than on roll
    '14041,100,1,1', // line 6: not a URN
    '140412,1072,126,37', // line 7: listed again
    '137883,x,c,z', // line 8: suppressed: unknown, not rejected
  ];
  let report: ImportReport;
  let before: string;

  beforeAll(async () => {
    before = await tableSnapshot(api.table);
    report = await importCensus('census-with-bad-rows.csv', [header, ...rows].join('\n'), '2023-01-19');
  });

  it('rejects each with its line, column and reason, and imports the rest', () => {
    expect(report.rejected).toEqual([
      { line: 3, column: 'Total pupils', reason: 'expected a whole number of pupils, got "many"' },
      { line: 4, column: 'Total pupils', reason: 'a number of pupils cannot be negative, got -4' },
      {
        line: 5,
        column: 'SEN support',
        reason: 'pupils with SEN support (90) and EHC plans (20) outnumber the pupils on roll (100)',
      },
      { line: 6, column: 'URN', reason: 'expected a six-digit URN, got "14041"' },
      { line: 7, column: 'urn', reason: 'URN 140412 is listed again (line 2)' },
    ]);
    expect(report).toMatchObject({ rows: 7, unchanged: 1, changed: 1 });
  });

  it('leaves the rejected schools as they were and holds suppressed figures as unknown', async () => {
    for (const urn of ['118843', '117231', '143630']) expect(await censusOf(urn), urn).toEqual(expectedCensus(urn));
    expect(await censusOf('137883')).toMatchObject({
      pupils: null,
      senSupport: null,
      ehcPlans: null,
      senSupportPercent: null,
      // The FSM figure, from the other file, stays as it was.
      fsmPercent: expectedCensus('137883').fsmPercent,
      suppressed: ['PUPILS', 'SEN_SUPPORT', 'EHC_PLANS'],
    });
    expect(await tableSnapshot(api.table)).not.toEqual(before);
  });

  it('refuses a file that says no census day, before reading it', async () => {
    await expect(importCensus('census.csv', [header, rows[0]].join('\n'))).rejects.toThrow(
      /say which census it is: --census-date 2023-01-19/,
    );
    await expect(importCensus('census.csv', [header, rows[0]].join('\n'), '2023-02-30')).rejects.toThrow(
      /--census-date must be a day written YYYY-MM-DD/,
    );
  });

  it('refuses a file with no census columns, naming them', async () => {
    await expect(importCensus('census_2022-23.csv', 'urn,school_name\n140412,Lord Derby')).rejects.toThrow(
      /has none of the columns total_pupils, sen_support, ehc_plan, fsm_prop/,
    );
  });
});

describe('a suppressed free-school-meal cell', () => {
  // Every `z` of the FSM file is an independent school, which Beacon does not hold: a held school's row as the DfE
  // writes a suppressed cell.
  it('is unknown, never zero, and the SEN figures the file does not carry stay', async () => {
    const published = censusFsmRows().find((row) => row.fsm_prop === 'z');
    expect(published).toBeDefined();
    const report = await importCensus(FSM_FILE, `urn,school_name,la_name,fsm_prop\n117231,Micklem,Hertfordshire,z`);
    expect(report).toMatchObject({ changed: 1, rejected: [] });
    expect(await censusOf('117231')).toEqual({
      ...expectedCensus('117231'),
      fsmPercent: null,
      suppressed: ['FSM_PERCENT'],
    });
  });
});
