// Importing the DfE's inclusion figures: every expectation computed from the files themselves (values rounded as
// the catalogue says, ranks recomputed over councils), a re-import that writes nothing, and hand-made bad rows
// rejected with their line and reason.
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../functions/core/indicators/catalogue.js';
import type { ImportReport } from '../../functions/importer/kinds.js';
import { invoke } from '../support/api-events.js';
import {
  currentCodes,
  DFE_FILES,
  eesTotals,
  laitRank,
  laitSeries,
  laitValue,
  rounded,
  rowsOf,
} from '../support/indicator-files.js';
import { type IndicatorTable, importAll, indicatorTable } from '../support/indicator-table.js';

let table: IndicatorTable;
let first: Map<string, ImportReport>;
beforeAll(async () => {
  table = await indicatorTable('indicators-import');
  const outcomes = await importAll(table);
  first = new Map([...outcomes].map(([file, outcome]) => [file, outcome.result as ImportReport]));
}, 120_000);

interface Figure {
  period: { id: string; label: string };
  value: number | null;
  status: string;
}

const LOCAL_AUTHORITY = `query ($code: ID!, $ids: [ID!]) { localAuthority(code: $code) { region { code name }
  indicators(ids: $ids) { indicator { id } latest { period { id label } value status }
    previous { period { id } value } change series { period { id } value status }
    england { code figure { value } } region { code figure { value } }
    rank { period { id } rank outOf } } } }`;

interface LocalAuthorityData {
  localAuthority: {
    region: { code: string; name: string } | null;
    indicators: {
      indicator: { id: string };
      latest: Figure | null;
      previous: Figure | null;
      change: number | null;
      series: Figure[];
      england: { code: string; figure: { value: number | null } } | null;
      region: { code: string; figure: { value: number | null } } | null;
      rank: { period: { id: string }; rank: number; outOf: number } | null;
    }[];
  };
}

async function localAuthority(code: string, ids: string[]) {
  const { body } = await invoke<LocalAuthorityData>(table.handler, LOCAL_AUTHORITY, { code, ids });
  expect(body.errors).toBeUndefined();
  return body.data?.localAuthority;
}

const SAMPLED = ['886', '340', '211', '919', '857'];
const LAIT_SAMPLES = [
  { id: 'persistent-absence', measure: 'TotPerAbNew', lower: true },
  { id: 'permanent-exclusions', measure: 'TotPermEx', lower: true },
  { id: 'suspensions-secondary', measure: 'SecFixedEx', lower: true },
  { id: 'sen-support', measure: 'SEN_TotSENSuP', lower: false },
  { id: 'fsm-ever-6-secondary', measure: 'Ever6_FSM_Sec', lower: true },
];

describe('LAIT’s measures', () => {
  it.each(SAMPLED)('keeps council %s’s latest figure, series and rank as the file states them', async (code) => {
    const data = await localAuthority(
      code,
      LAIT_SAMPLES.map((sample) => sample.id),
    );
    for (const [at, sample] of LAIT_SAMPLES.entries()) {
      const got = data?.indicators[at];
      const rows = laitSeries(sample.measure, code);
      expect(got?.indicator.id).toBe(sample.id);
      expect(got?.series.map((figure) => figure.value)).toEqual(rows.map((row) => laitValue(sample.id, row.value)));
      const last = rows.at(-1);
      expect(got?.latest?.value).toEqual(laitValue(sample.id, last?.value ?? '-'));
      const expected = laitRank(sample.id, sample.measure, last?.years ?? '', code, sample.lower);
      expect(got?.rank ? { rank: got.rank.rank, outOf: got.rank.outOf } : null).toEqual(expected);
    }
  });

  it('reads an absence year as the year it ends and labels every period as a person reads it', async () => {
    const data = await localAuthority('886', ['persistent-absence', 'permanent-exclusions', 'sen-support']);
    const [absence, exclusions, sen] = data?.indicators ?? [];
    const absenceYear = laitSeries('TotPerAbNew', '886').at(-1)?.years ?? '';
    expect(absence?.latest?.period).toEqual({
      id: `${Number(absenceYear) - 1}/${absenceYear.slice(2)}`,
      label: `${Number(absenceYear) - 1}/${absenceYear.slice(2)}`,
    });
    expect(exclusions?.latest?.period.id).toBe(laitSeries('TotPermEx', '886').at(-1)?.years);
    const census = laitSeries('SEN_TotSENSuP', '886').at(-1)?.years;
    expect(sen?.latest?.period).toEqual({ id: census, label: `January ${census} census` });
  });

  it('gives England’s and the council’s region’s figures beside it, as the file’s 970 and region rows', async () => {
    const kentRegion = rowsOf(DFE_FILES.lait).find((row) => row.la_code === '886')?.region ?? '';
    const regionRow = rowsOf(DFE_FILES.lait).find((row) => row.area === kentRegion && Number(row.la_code) >= 980);
    const data = await localAuthority('886', ['persistent-absence']);
    expect(data?.region).toEqual({ code: regionRow?.la_code, name: regionRow?.area });
    const got = data?.indicators[0];
    const year = laitSeries('TotPerAbNew', '886').at(-1)?.years ?? '';
    const figureOf = (code: string) =>
      laitValue('persistent-absence', laitSeries('TotPerAbNew', code).find((row) => row.years === year)?.value ?? '-');
    expect(got?.england).toEqual({ code: '970', figure: { value: figureOf('970') } });
    expect(got?.region).toEqual({ code: regionRow?.la_code, figure: { value: figureOf(regionRow?.la_code ?? '') } });

    const { body } = await invoke<{ england: { indicators: { series: Figure[] }[] } }>(
      table.handler,
      '{ england { indicators(ids: ["sen-support"]) { series { value } } } }',
    );
    expect(body.data?.england.indicators[0]?.series.map((figure) => figure.value)).toEqual(
      laitSeries('SEN_TotSENSuP', '970').map((row) => laitValue('sen-support', row.value)),
    );
  });

  it('keeps a figure LAIT does not publish unknown with its reason, never zero', async () => {
    const dashed = rowsOf(DFE_FILES.lait).find(
      (row) => row.value === '-' && row.short_desc === 'TotPerAbNew' && currentCodes().has(row.la_code ?? ''),
    );
    const data = await localAuthority(dashed?.la_code ?? '', ['persistent-absence']);
    const years = dashed?.years ?? '';
    const figure = data?.indicators[0]?.series.find((entry) => entry.period.id.endsWith(years.slice(2)));
    expect(figure).toMatchObject({ value: null, status: 'NOT_PUBLISHED' });
  });

  it('rejects the rows of the five former councils with that reason, and no other row', () => {
    const report = first.get(DFE_FILES.lait);
    const former = rowsOf(DFE_FILES.lait).filter(
      (row) => Number(row.la_code) < 970 && !currentCodes().has(row.la_code ?? ''),
    );
    expect(report?.rows).toBe(rowsOf(DFE_FILES.lait).length);
    expect(report?.rejected).toHaveLength(former.length);
    expect(new Set(report?.rejected.map((reject) => reject.reason.replace(/^LA code \d+ is .*: /, '')))).toEqual(
      new Set(['a former council Beacon does not hold']),
    );
  });
});

describe('the SEN2 release (Explore Education Statistics)', () => {
  it('keeps plans in resourced provision and SEN units as the sum of the file’s three kinds of school', async () => {
    const totals = eesTotals(DFE_FILES.caseload, 'Local authority').filter((row) => row.old_la_code === '886');
    const sum = (row: Record<string, string>, part: string) =>
      ['la_maintained', 'academy', 'free_school'].reduce(
        (total, kind) => total + Number(row[`mainstream_${kind}_${part}`]),
        0,
      );
    const data = await localAuthority('886', ['ehc-plans-resourced-provision', 'ehc-plans-sen-units', 'ehc-plans']);
    const [resourced, units, plans] = data?.indicators ?? [];
    const ordered = [...totals].sort((a, b) => ((a.time_period ?? '') < (b.time_period ?? '') ? -1 : 1));
    expect(resourced?.series.map((figure) => figure.value)).toEqual(
      ordered.map((row) => sum(row, 'resourced_provision')),
    );
    expect(units?.series.map((figure) => figure.value)).toEqual(ordered.map((row) => sum(row, 'senunit')));
    expect(plans?.latest?.value).toBe(Number(ordered.at(-1)?.ehcplans));
    expect(plans?.latest?.period.label).toBe(`January 20${ordered.at(-1)?.time_period?.slice(4)} census`);
  });

  it('keeps a suppressed cell (x) unknown as suppressed, never zero', async () => {
    const row = eesTotals(DFE_FILES.caseload, 'Local authority').find(
      (entry) => entry.mainstream_total_pc === 'x' && currentCodes().has(entry.old_la_code ?? ''),
    );
    const data = await localAuthority(row?.old_la_code ?? '', ['ehc-plans-in-mainstream']);
    const figure = data?.indicators[0]?.series.find((entry) => entry.period.id === `20${row?.time_period?.slice(4)}`);
    expect(figure).toMatchObject({ value: null, status: 'SUPPRESSED' });
  });

  it('maps National rows to England and Regional rows to LAIT’s region codes', async () => {
    const national = eesTotals(DFE_FILES.requests, 'National').sort((a, b) =>
      (a.time_period ?? '') < (b.time_period ?? '') ? -1 : 1,
    );
    const { body } = await invoke<{ england: { indicators: { series: Figure[] }[] } }>(
      table.handler,
      '{ england { indicators(ids: ["ehc-assessment-requests"]) { series { period { id } value } } } }',
    );
    expect(body.data?.england.indicators[0]?.series.map((figure) => figure.value)).toEqual(
      national.map((row) => rounded(row.requests_received_in_year ?? '', 0)),
    );
    const london = eesTotals(DFE_FILES.requests, 'Regional').filter((row) => row.region_code === 'E12000007');
    const data = await localAuthority('211', ['ehc-assessment-requests']);
    const latest = london.find((row) => row.time_period === data?.indicators[0]?.latest?.period.id);
    expect(data?.indicators[0]?.region).toEqual({
      code: '986',
      figure: { value: Number(latest?.requests_received_in_year) },
    });
  });
});

describe('a re-import', () => {
  it('of each file writes nothing and reports every figure unchanged', async () => {
    table.counter.byCommand = {};
    const again = await importAll(table);
    for (const [file, outcome] of again) {
      const report = outcome.result as ImportReport;
      expect({ file, added: report.added, changed: report.changed }).toEqual({ file, added: 0, changed: 0 });
      expect(report.unchanged).toBe(
        (first.get(file)?.added ?? 0) + (first.get(file)?.changed ?? 0) + (first.get(file)?.unchanged ?? 0),
      );
    }
    const writes = ['BatchWriteItemCommand', 'PutCommand', 'UpdateCommand', 'TransactWriteCommand'];
    expect(writes.map((command) => table.counter.byCommand[command] ?? 0)).toEqual([0, 0, 0, 0]);
  }, 120_000);

  it('keeps every indicator’s item well under DynamoDB’s 400 KB limit', async () => {
    const sizes: number[] = [];
    for await (const page of paginateScan({ client: table.store.client }, { TableName: table.store.tableName })) {
      for (const item of page.Items ?? [])
        if (item.entity === 'IndicatorSeries') sizes.push(JSON.stringify(item).length);
    }
    expect(sizes).toHaveLength(INDICATORS.length);
    expect(Math.max(...sizes)).toBeLessThan(100_000);
  });

  it('counts every figure of the catalogue once (no indicator is left without figures)', () => {
    const imported = new Set(
      [...first.values()].flatMap((report) => ('indicators' in report ? (report.indicators as string[]) : [])),
    );
    expect([...imported].sort()).toEqual(INDICATORS.map((indicator) => indicator.id).sort());
  });
});
