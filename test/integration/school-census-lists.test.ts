// The school census as the seed loads it (the DfE's January 2023 files): on the school page, in the trust comparison,
// and in a council's and a trust's school list, filtered and sorted by SEN support %, EHC plan % and FSM %, with the
// CSV's columns naming the census; every expectation is computed from the files.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SchoolRecord } from '../../functions/core/records.js';
import { openStore } from '../../functions/store/index.js';
import { invoke } from '../support/api-events.js';
import { censusFsmRows, censusNumber, censusSenRows, percentOneDecimal } from '../support/national-files.js';
import { resetCounter, type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
let knowsley: SchoolRecord[];
let kent: SchoolRecord[];
let deanTrust: SchoolRecord[];
const senOf = new Map(censusSenRows().map((row) => [row.urn ?? '', row]));
const fsmOf = new Map(censusFsmRows().map((row) => [row.urn ?? '', row]));

/** The file's percentages of a school, one decimal, as the API shows them; null without a figure. */
function filePercents(urn: string) {
  const row = senOf.get(urn);
  const pupils = censusNumber(row?.total_pupils);
  const share = (cell: string | undefined) => {
    const part = censusNumber(cell);
    return pupils && part !== null ? percentOneDecimal(part, pupils) : null;
  };
  return {
    SEN_SUPPORT_PERCENT: share(row?.sen_support),
    EHC_PLAN_PERCENT: share(row?.ehc_plan),
    FSM_PERCENT: censusNumber(fsmOf.get(urn)?.fsm_prop),
  };
}

beforeAll(async () => {
  api = await seededApi('census-lists');
  const store = openStore({ client: api.table.client, tableName: api.table.tableName });
  knowsley = await store.schools.ofAuthority('340');
  kent = await store.schools.ofAuthority('886');
  deanTrust = await store.schools.ofTrust('2864');
}, 240_000);

interface ListedSchool {
  urn: string;
  census: { senSupportPercent: number | null; ehcPlanPercent: number | null; fsmPercent: number | null } | null;
}

async function list(scope: string, args: string): Promise<ListedSchool[]> {
  const found: ListedSchool[] = [];
  let after: string | null = null;
  do {
    const { body } = await invoke<Record<string, { schools: Connection }>>(
      api.handler,
      `query ($after: String) { scope: ${scope} { schools(first: 100, after: $after, ${args}) {
        edges { node { urn census { senSupportPercent ehcPlanPercent fsmPercent } } }
        pageInfo { hasNextPage endCursor } } } }`,
      { after },
    );
    expect(body.errors).toBeUndefined();
    const page = body.data?.scope?.schools as Connection;
    found.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return found;
}
interface Connection {
  edges: { node: ListedSchool }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const FIELD = {
  SEN_SUPPORT_PERCENT: 'senSupportPercent',
  EHC_PLAN_PERCENT: 'ehcPlanPercent',
  FSM_PERCENT: 'fsmPercent',
} as const;

describe('the seeded census', () => {
  it('gives Lord Derby Academy and The Judd School the January 2023 figures of the files', async () => {
    for (const urn of ['140412', '118843']) {
      const { body } = await invoke<{ school: { census: Record<string, unknown> } }>(
        api.handler,
        `{ school(urn: "${urn}") { census { asAt periodLabel pupils senSupport ehcPlans senSupportPercent
          ehcPlanPercent fsmPercent } } }`,
      );
      const row = senOf.get(urn);
      const percents = filePercents(urn);
      expect(body.data?.school.census).toEqual({
        asAt: '2023-01-19',
        periodLabel: 'January 2023 census',
        pupils: Number(row?.total_pupils),
        senSupport: Number(row?.sen_support),
        ehcPlans: Number(row?.ehc_plan),
        senSupportPercent: percents.SEN_SUPPORT_PERCENT,
        ehcPlanPercent: percents.EHC_PLAN_PERCENT,
        fsmPercent: percents.FSM_PERCENT,
      });
    }
  });

  it('shows each academy’s census in the trust comparison', async () => {
    const { body } = await invoke<{ trust: { comparison: { rows: { school: { urn: string }; census: unknown }[] } } }>(
      api.handler,
      '{ trust(uid: "2864") { comparison { rows { school { urn } census { senSupportPercent fsmPercent } } } } }',
    );
    const rows = body.data?.trust.comparison.rows ?? [];
    expect(rows.length).toBe(deanTrust.length);
    for (const { school, census } of rows) {
      const percents = filePercents(school.urn);
      expect(census, school.urn).toEqual(
        senOf.has(school.urn)
          ? { senSupportPercent: percents.SEN_SUPPORT_PERCENT, fsmPercent: percents.FSM_PERCENT }
          : null,
      );
    }
  });
});

describe('a school list sorted by a census percentage', () => {
  for (const sort of ['SEN_SUPPORT_PERCENT', 'EHC_PLAN_PERCENT', 'FSM_PERCENT'] as const) {
    it(`lists Knowsley’s and the Dean Trust’s schools by ${sort}, highest first, those without it last`, async () => {
      for (const [scope, schools] of [
        ['localAuthority(code: "340")', knowsley],
        ['trust(uid: "2864")', deanTrust],
      ] as const) {
        const listed = await list(scope, `sort: ${sort}`);
        expect(listed.map((school) => school.urn).sort()).toEqual(schools.map((school) => school.urn).sort());
        const values = listed.map((school) => school.census?.[FIELD[sort]] ?? null);
        expect(values, scope).toEqual(listed.map((school) => filePercents(school.urn)[sort]));
        const known = values.filter((value): value is number => value !== null);
        expect(known, scope).toEqual([...known].sort((a, b) => b - a));
        expect(values.slice(known.length).every((value) => value === null)).toBe(true);
      }
    });
  }
});

describe('a school list filtered by census percentages', () => {
  it('keeps the Kent schools at or above each minimum, as the files give them', async () => {
    for (const [sort, field, min] of [
      ['SEN_SUPPORT_PERCENT', 'minSenSupportPercent', 20],
      ['EHC_PLAN_PERCENT', 'minEhcPlanPercent', 10],
      ['FSM_PERCENT', 'minFsmPercent', 40],
    ] as const) {
      const listed = await list('localAuthority(code: "886")', `filter: { ${field}: ${min} }`);
      const expected = kent.filter((school) => (filePercents(school.urn)[sort] ?? -1) >= min);
      expect(expected.length, field).toBeGreaterThan(0);
      expect(listed.map((school) => school.urn).sort(), field).toEqual(expected.map((school) => school.urn).sort());
    }
  });

  it('combines minimums with each other and a sort', async () => {
    const listed = await list(
      'trust(uid: "2864")',
      'sort: FSM_PERCENT, filter: { minFsmPercent: 30, minSenSupportPercent: 10 }',
    );
    const expected = deanTrust.filter((school) => {
      const percents = filePercents(school.urn);
      return (percents.FSM_PERCENT ?? -1) >= 30 && (percents.SEN_SUPPORT_PERCENT ?? -1) >= 10;
    });
    expect(listed.map((school) => school.urn).sort()).toEqual(expected.map((school) => school.urn).sort());
  });

  it('refuses a minimum outside 0 to 100 with BAD_USER_INPUT naming the field', async () => {
    for (const [field, value] of [
      ['minSenSupportPercent', 120],
      ['minEhcPlanPercent', -1],
      ['minFsmPercent', 100.5],
    ] as const) {
      const { body } = await invoke(
        api.handler,
        `{ localAuthority(code: "340") { schools(filter: { ${field}: ${value} }) { totalCount } } }`,
      );
      expect(body.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toBe(`filter.${field} is a percentage from 0 to 100; got ${value}.`);
    }
  });

  it('costs the same requests as the list’s other sorts', async () => {
    const costOf = async (args: string) => {
      resetCounter(api.counter);
      const { body } = await invoke(
        api.handler,
        `{ localAuthority(code: "886") { schools(first: 10, ${args}) { totalCount edges { node { urn name
          census { senSupportPercent } } } } } }`,
      );
      expect(body.errors).toBeUndefined();
      return api.counter.total;
    };
    const byDueDate = await costOf('sort: DUE_DATE');
    expect(await costOf('sort: SEN_SUPPORT_PERCENT')).toBe(byDueDate);
    expect(await costOf('sort: FSM_PERCENT, filter: { minFsmPercent: 20 }')).toBe(byDueDate);
  });
});

describe('all of England’s schools by census', () => {
  it('are sorted by FSM %, highest first, and filtered by SEN support %, as the files give them', async () => {
    const store = openStore({ client: api.table.client, tableName: api.table.tableName });
    const england = await store.schools.all();
    const { body } = await invoke<{ schools: Connection & { totalCount: number } }>(
      api.handler,
      `{ schools(first: 100, sort: FSM_PERCENT, filter: { minSenSupportPercent: 25 }) { totalCount
        edges { node { urn census { senSupportPercent ehcPlanPercent fsmPercent } } }
        pageInfo { hasNextPage endCursor } } }`,
    );
    expect(body.errors).toBeUndefined();
    const expected = england.filter((school) => (filePercents(school.urn).SEN_SUPPORT_PERCENT ?? -1) >= 25);
    const page = body.data?.schools;
    expect(page?.totalCount).toBe(expected.length);
    const fsm = (page?.edges ?? []).map((edge) => edge.node.census?.fsmPercent ?? null);
    const values = expected.map((school) => filePercents(school.urn).FSM_PERCENT);
    const known = values.filter((value): value is number => value !== null).sort((a, b) => b - a);
    const highest = [...known, ...values.filter((value) => value === null)].slice(0, 100);
    expect(fsm).toEqual(highest);
  });

  it('refuses other filters on all of England, saying what England takes', async () => {
    const { body } = await invoke(
      api.handler,
      '{ schools(sort: SEN_SUPPORT_PERCENT, filter: { awardStatus: DUE_SOON }) { totalCount } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/sorted and filtered by its school census/);
  });
});

describe('the school list’s CSV', () => {
  it('has SEN support %, EHC plan % and FSM % columns naming the January 2023 census', async () => {
    const { body } = await invoke<{ localAuthority: { schoolsCsv: string } }>(
      api.handler,
      '{ localAuthority(code: "340") { schoolsCsv(sort: SEN_SUPPORT_PERCENT) } }',
    );
    const csv = body.data?.localAuthority.schoolsCsv ?? '';
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    const columns = {
      SEN_SUPPORT_PERCENT: 'SEN support % (January 2023 census)',
      EHC_PLAN_PERCENT: 'EHC plan % (January 2023 census)',
      FSM_PERCENT: 'FSM % (January 2023 census)',
    } as const;
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(Object.values(columns)));
    expect(rows.map((row) => row.URN).sort()).toEqual(knowsley.map((school) => school.urn).sort());
    for (const row of rows) {
      const percents = filePercents(row.URN ?? '');
      for (const [sort, column] of Object.entries(columns) as [keyof typeof columns, string][])
        expect(row[column], `${row.URN} ${column}`).toBe(percents[sort] === null ? '' : String(percents[sort]));
    }
  });
});
