// A council beside its statistical neighbours (in the DfE model's order), any councils side by side, the catalogue
// with each indicator's source, and hand-made bad rows rejected with their line and reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../functions/core/indicators/catalogue.js';
import type { ImportReport } from '../../functions/importer/kinds.js';
import { invoke, invokeAnonymous } from '../support/api-events.js';
import { bomb } from '../support/crafted-xlsx.js';
import {
  currentCodes,
  DFE_FILES,
  laitSeries,
  laitValue,
  neighboursInFile,
  neighboursInXlsx,
  rowsOf,
} from '../support/indicator-files.js';
import { type IndicatorTable, importAll, indicatorTable } from '../support/indicator-table.js';

let table: IndicatorTable;
beforeAll(async () => {
  table = await indicatorTable('indicators-compare');
  await importAll(table);
}, 120_000);

const basename = (file: string) => file.split('/').at(-1);

interface Neighbour {
  rank: number;
  closeness: string;
  localAuthority: { code: string; name: string };
}

async function neighboursOf(code: string) {
  const { body } = await invoke<{ localAuthority: { statisticalNeighbours: Neighbour[] } }>(
    table.handler,
    `{ localAuthority(code: "${code}") { statisticalNeighbours { rank closeness localAuthority { code name } } } }`,
  );
  expect(body.errors).toBeUndefined();
  return body.data?.localAuthority.statisticalNeighbours ?? [];
}

describe('statistical neighbours', () => {
  it.each([
    ['Kent', '886'],
    ['Knowsley', '340'],
    ['Rutland', '857'],
  ])('lists %s’s ten neighbours in the order of the DfE’s xlsx, closest first', async (_name, code) => {
    const neighbours = await neighboursOf(code);
    expect(neighbours.map((neighbour) => neighbour.localAuthority.code)).toEqual(await neighboursInXlsx(code));
    expect(neighboursInFile(code)).toEqual(await neighboursInXlsx(code));
    expect(neighbours.map((neighbour) => neighbour.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const closeness = rowsOf(DFE_FILES.neighboursCsv)
      .filter((row) => row.la_code === code)
      .sort((a, b) => Number(a.rank) - Number(b.rank))
      .map((row) => (row.closeness ?? '').toLowerCase());
    expect(neighbours.map((neighbour) => neighbour.closeness.toLowerCase())).toEqual(closeness);
  });

  it('reads the derived CSV as the same model as the DfE’s xlsx: importing it changes nothing', async () => {
    const outcome = await table.importFile('statistical-neighbours', DFE_FILES.neighboursCsv);
    const report = outcome.result as ImportReport;
    const localAuthorities = new Set(rowsOf(DFE_FILES.neighboursCsv).map((row) => row.la_code));
    const held = [...localAuthorities].filter((code) => currentCodes().has(code ?? ''));
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: held.length });
    const former = rowsOf(DFE_FILES.neighboursCsv).filter(
      (row) => !currentCodes().has(row.la_code ?? '') || !currentCodes().has(row.neighbour_la_code ?? ''),
    );
    expect(report.rejected).toHaveLength(former.length);
    expect(report.rejected[0]?.reason).toMatch(/a former council Beacon does not hold/);
  });

  it('gives each neighbour’s figure for the council’s latest period, and their average', async () => {
    const { body } = await invoke<{
      localAuthority: {
        indicators: {
          latest: { period: { id: string } };
          neighbours: { code: string; figure: { value: number | null } }[];
          neighbourAverage: number | null;
          neighbourAverageOf: number;
        }[];
      };
    }>(
      table.handler,
      `{ localAuthority(code: "886") { indicators(ids: ["persistent-absence"]) { latest { period { id } }
        neighbours { code figure { value } } neighbourAverage neighbourAverageOf } } }`,
    );
    const got = body.data?.localAuthority.indicators[0];
    const years = laitSeries('TotPerAbNew', '886').at(-1)?.years ?? '';
    const expected = neighboursInFile('886').map((code) => ({
      code,
      figure: {
        value: laitValue(
          'persistent-absence',
          laitSeries('TotPerAbNew', code).find((r) => r.years === years)?.value ?? '-',
        ),
      },
    }));
    expect(got?.neighbours).toEqual(expected);
    const known = expected.flatMap((entry) => (entry.figure.value === null ? [] : [entry.figure.value]));
    expect(got?.neighbourAverageOf).toBe(known.length);
    expect(got?.neighbourAverage).toBe(Number((known.reduce((a, b) => a + b, 0) / known.length).toFixed(2)));
  });
});

describe('councils side by side', () => {
  const COMPARE = `query ($codes: [ID!], $of: ID, $ids: [ID!]) {
    compareLocalAuthorities(codes: $codes, neighboursOf: $of, indicators: $ids) {
      localAuthorities { code } rows { indicator { id } period { id }
      figures { code figure { value status } } england { figure { value } } } } }`;

  it('puts a council first and its neighbours after it, each with the file’s figure for one period', async () => {
    const { body } = await invoke<{
      compareLocalAuthorities: {
        localAuthorities: { code: string }[];
        rows: { period: { id: string }; figures: { code: string; figure: { value: number | null } }[] }[];
      };
    }>(table.handler, COMPARE, { of: '886', codes: ['340'], ids: ['sen-support'] });
    expect(body.errors).toBeUndefined();
    const codes = ['886', ...neighboursInFile('886'), '340'];
    expect(body.data?.compareLocalAuthorities.localAuthorities.map((la) => la.code)).toEqual(codes);
    const row = body.data?.compareLocalAuthorities.rows[0];
    const years = laitSeries('SEN_TotSENSuP', '886').at(-1)?.years;
    expect(row?.period.id).toBe(years);
    expect(row?.figures.map((figure) => figure.figure.value)).toEqual(
      codes.map((code) =>
        laitValue('sen-support', laitSeries('SEN_TotSENSuP', code).find((r) => r.years === years)?.value ?? '-'),
      ),
    );
  });

  it.each([
    [{ codes: ['886'], ids: ['no-such-indicator'] }, 'BAD_USER_INPUT', /"no-such-indicator" is not an indicator/],
    [{ codes: ['999'] }, 'NOT_FOUND', /No council with LA code 999/],
    [{ codes: ['kent'] }, 'BAD_USER_INPUT', /three-digit GIAS LA code/],
    [{ codes: [] }, 'BAD_USER_INPUT', /Name the councils to compare/],
    [{ of: '886', codes: [...currentCodes()].slice(0, 19) }, 'BAD_USER_INPUT', /At most 20 councils/],
    [{ of: '999' }, 'NOT_FOUND', /No council with LA code 999/],
  ])('refuses %j with %s and a message that says why', async (variables, code, message) => {
    const { body } = await invoke(table.handler, COMPARE, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});

describe('public figures', () => {
  it('are read by an anonymous caller as by a signed-in one', async () => {
    const query = `{ localAuthority(code: "340") { region { name } statisticalNeighbours { localAuthority { code } }
      indicators(ids: ["suspensions"]) { latest { value } rank { rank } } } }`;
    const [anonymous, signedIn] = await Promise.all([
      invokeAnonymous(table.handler, query),
      invoke(table.handler, query),
    ]);
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data).toEqual(signedIn.body.data);
  });
});

describe('the catalogue', () => {
  it('lists every indicator with the file its figures came from', async () => {
    const { body } = await invoke<{
      indicators: { id: string; unit: string; source: { file: string; asAt: string } | null }[];
    }>(table.handler, '{ indicators { id unit polarity periodKind source { kind file asAt } } }');
    const byId = new Map(body.data?.indicators.map((indicator) => [indicator.id, indicator]));
    expect([...byId.keys()]).toEqual(INDICATORS.map((indicator) => indicator.id));
    expect(byId.get('persistent-absence')?.source?.file).toBe(basename(DFE_FILES.lait));
    expect(byId.get('ehc-plans-resourced-provision')?.source?.file).toBe(basename(DFE_FILES.caseload));
    expect(byId.get('ehc-assessment-requests')?.source?.file).toBe(basename(DFE_FILES.requests));
    // As at the newest period's month: the January census, the end of a school year.
    expect(byId.get('sen-support')?.source?.asAt).toBe(`${laitSeries('SEN_TotSENSuP', '970').at(-1)?.years}-01`);
    expect(byId.get('persistent-absence')?.source?.asAt).toBe(`${laitSeries('TotPerAbNew', '970').at(-1)?.years}-08`);
  });
});

describe('bad rows', () => {
  const LAIT_HEADER = 'short_desc,data_item,years,area,la_code,region,value';
  const LAIT_ROWS = [
    'TotAbs,Total absence,2024,Kent,886,South East,6.5',
    'NoSuchMeasure,Something,2024,Kent,886,South East,6.5',
    'TotAbs,Total absence,2024,Nowhere,999,South East,6.5',
    'TotAbs,Total absence,2024,Northamptonshire,928,East Midlands,6.5',
    'TotAbs,Total absence,2024,Kent,886,South East,six',
    'TotAbs,Total absence,2024-25,Kent,886,South East,6.5',
    'TotAbs,Total absence,2024,Kent,886,Atlantis,6.5',
  ];

  it('rejects an unknown measure, council or region, text in a number and an unreadable period', async () => {
    const fresh = await indicatorTable('indicators-bad-rows');
    const outcome = await fresh.importFile('la-indicators', 'hand-made.csv', [LAIT_HEADER, ...LAIT_ROWS].join('\n'));
    const report = outcome.result as ImportReport;
    expect(report).toMatchObject({ rows: LAIT_ROWS.length, added: 1 });
    expect(report.rejected.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 3, column: 'short_desc' },
      { line: 4, column: 'la_code' },
      { line: 5, column: 'la_code' },
      { line: 6, column: 'value' },
      { line: 7, column: 'years' },
      { line: 8, column: 'region' },
    ]);
    const reasons = report.rejected.map((reject) => reject.reason);
    expect(reasons[0]).toMatch(/"NoSuchMeasure" is not in Beacon's catalogue/);
    expect(reasons[1]).toMatch(/LA code 999 is not a council Beacon holds/);
    expect(reasons[2]).toMatch(/Northamptonshire.*former council/);
    expect(reasons[3]).toMatch(/expected a number.*"six"/);
    expect(reasons[4]).toMatch(/"2024-25" cannot be read as a period/);
    expect(reasons[5]).toMatch(/"Atlantis" is not one of LAIT's regions/);
  });

  it('rejects an EES row of an unknown region, council, level or period, and skips breakdown rows', async () => {
    const fresh = await indicatorTable('indicators-bad-ees');
    const header =
      'time_period,time_identifier,geographic_level,country_code,region_code,old_la_code,la_name,breakdown_topic,' +
      'breakdown,requests_received_in_year';
    const all = 'All requests for EHC needs assessments,All requests for EHC needs assessments';
    const rows = [
      `2024,Calendar year,National,E92000001,,,,${all},100`,
      `2024,Calendar year,Regional,E92000001,E12000099,,,${all},100`,
      `2024,Calendar year,Local authority,E92000001,E12000008,999,Nowhere,${all},100`,
      `2024,Calendar year,Ward,E92000001,E12000008,886,Kent,${all},100`,
      `2024,Financial year,Local authority,E92000001,E12000008,886,Kent,${all},100`,
      `2024,Calendar year,Local authority,E92000001,E12000008,886,Kent,${all},lots`,
      '2024,Calendar year,Local authority,E92000001,E12000008,886,Kent,Sex,Female,40',
      `2024,Calendar year,Local authority,E92000001,E12000008,886,Kent,${all},x`,
    ];
    const outcome = await fresh.importFile('ees', 'next-year.csv', `\uFEFF${[header, ...rows].join('\n')}`);
    const report = outcome.result as ImportReport;
    expect(report.rejected.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 3, column: 'region_code' },
      { line: 4, column: 'old_la_code' },
      { line: 5, column: 'geographic_level' },
      { line: 6, column: 'time_period' },
      { line: 7, column: 'requests_received_in_year' },
    ]);
    expect(report).toMatchObject({ rows: rows.length, added: 2 });
    const { body } = await invoke<{ localAuthority: { indicators: { latest: unknown }[] } }>(
      fresh.handler,
      '{ localAuthority(code: "886") { indicators(ids: ["ehc-assessment-requests"]) { latest { value status } } } }',
    );
    expect(body.data?.localAuthority.indicators[0]?.latest).toEqual({ value: null, status: 'SUPPRESSED' });
  });

  it('refuses a file named .xlsx that is not a workbook, saying so', async () => {
    const fresh = await indicatorTable('indicators-bad-xlsx');
    await expect(fresh.importFile('statistical-neighbours', 'model.xlsx', 'la_code,rank\n886,1')).rejects.toThrow(
      /model\.xlsx cannot be read as an \.xlsx workbook/,
    );
  });

  it('refuses an .xlsx that would unpack far past the limit (a zip bomb), writing nothing', async () => {
    const fresh = await indicatorTable('indicators-xlsx-bomb');
    const zip = bomb(32 * 1024 * 1024);
    await expect(fresh.importFile('statistical-neighbours', 'model.xlsx', zip)).rejects.toThrow(
      /model\.xlsx is over 1 MB unpacked, the limit for its kind/,
    );
    const { body } = await invoke<{ localAuthority: { statisticalNeighbours: unknown[] } }>(
      fresh.handler,
      '{ localAuthority(code: "886") { statisticalNeighbours { rank } } }',
    );
    expect(body.data?.localAuthority.statisticalNeighbours).toEqual([]);
  });

  it('refuses a file that carries none of the catalogue’s measures, naming what it looks for', async () => {
    const fresh = await indicatorTable('indicators-bad-file');
    const text =
      'time_period,time_identifier,geographic_level,region_code,old_la_code,pupils\n2024,Calendar year,National,,,1';
    await expect(fresh.importFile('ees', 'other.csv', text)).rejects.toThrow(/carries none of the measures.*ehcplans/);
  });
});
