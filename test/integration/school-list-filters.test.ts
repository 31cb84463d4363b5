// A list for every count the overview shows, any chosen set as a list, numbered pages, and any list as CSV: each
// count checked against the overview's own figure (kept as tallies, a separate path) or the national files.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedRecords, SCENARIO_LA_CODES } from '../../local/seed/seed.js';
import { invoke } from '../support/api-events.js';
import { academiesOf, membershipRows, ofstedRows } from '../support/national-files.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
const seed = await loadSeedRecords();

beforeAll(async () => {
  api = await seededApi('school-list-filters');
});

interface Summary {
  schoolCount: number;
  withStandingAward: number;
  safeguardingConcerns: number;
  withoutPartnerAgency: number;
  inspectionOutcomes: { inherited: number; inCategoryOfConcern: number; neverInspected: number };
}

type DueSummary = { asOf: string; dueWithin30Days: number; dueWithin90Days: number; overdue: number };
type Counts = Record<string, { totalCount: number }>;

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await invoke<T>(api.handler, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function refusal(query: string) {
  const { body } = await invoke(api.handler, query);
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return body.errors?.[0]?.message ?? '';
}

const openSchoolsOf = (code: string) => seed.schools.filter((school) => school.laCode === code && !school.closedOn);

describe('a filter for every count the council overview shows', () => {
  const FILTERS: [string, (summary: Summary) => number][] = [
    ['withStandingAward: true', (s) => s.withStandingAward],
    ['withStandingAward: false', (s) => s.schoolCount - s.withStandingAward],
    ['inCategoryOfConcern: true', (s) => s.inspectionOutcomes.inCategoryOfConcern],
    ['neverInspected: true', (s) => s.inspectionOutcomes.neverInspected],
    ['neverInspected: false', (s) => s.schoolCount - s.inspectionOutcomes.neverInspected],
    ['inheritedOutcome: true', (s) => s.inspectionOutcomes.inherited],
    ['safeguardingConcern: true', (s) => s.safeguardingConcerns],
    ['withoutPartnerAgency: true', (s) => s.withoutPartnerAgency],
    ['withoutPartnerAgency: false', (s) => s.schoolCount - s.withoutPartnerAgency],
  ];

  it.each(SCENARIO_LA_CODES)('lists as many schools of council %s as its overview counts', async (code) => {
    const { localAuthority } = await data<{ localAuthority: { inclusionSummary: Summary } }>(
      `{ localAuthority(code: "${code}") { inclusionSummary { schoolCount withStandingAward safeguardingConcerns
        withoutPartnerAgency inspectionOutcomes { inherited inCategoryOfConcern neverInspected } } } }`,
    );
    const listed: Record<string, number> = {};
    const counted: Record<string, number> = {};
    for (const [filter, count] of FILTERS) {
      const { schools } = await data<{ schools: { totalCount: number } }>(
        `{ schools(first: 0, filter: { localAuthority: "${code}", ${filter} }) { totalCount } }`,
      );
      listed[filter] = schools.totalCount;
      counted[filter] = count(localAuthority.inclusionSummary);
    }
    expect(listed).toEqual(counted);
  });

  it('lists the schools due within 30 and 90 days, and overdue, as the overview counts them', async () => {
    let anyDue = 0;
    for (const code of SCENARIO_LA_CODES) {
      const { localAuthority } = await data<{ localAuthority: { inclusionSummary: DueSummary } }>(
        `{ localAuthority(code: "${code}") { inclusionSummary { asOf dueWithin30Days dueWithin90Days overdue } } }`,
      );
      const summary = localAuthority.inclusionSummary;
      const day = (offset: number) =>
        new Date(Date.parse(summary.asOf) + offset * 86_400_000).toISOString().slice(0, 10);
      const count = async (filter: string) =>
        (
          await data<{ schools: { totalCount: number } }>(
            `{ schools(first: 0, filter: { localAuthority: "${code}", ${filter} }) { totalCount } }`,
          )
        ).schools.totalCount;
      expect({
        due30: await count(`dueOnOrAfter: "${day(0)}", dueBefore: "${day(30)}"`),
        due90: await count(`dueOnOrAfter: "${day(0)}", dueBefore: "${day(90)}"`),
        overdue: await count(`dueBefore: "${day(-1)}"`),
      }).toEqual({ due30: summary.dueWithin30Days, due90: summary.dueWithin90Days, overdue: summary.overdue });
      anyDue += summary.dueWithin90Days + summary.overdue;
    }
    expect(anyDue).toBeGreaterThan(0);
  });

  it('lists Kent’s academies (as GIAS’s membership file has them) apart from its maintained schools', async () => {
    const held = new Set(ofstedRows().map((row) => row.URN));
    const academies = new Set(
      membershipRows()
        .filter((row) => row['LA (code)'] === '886' && held.has(row['Academy URN']))
        .map((row) => row['Academy URN']),
    );
    const { localAuthority } = await data<{ localAuthority: Counts }>(
      `{ localAuthority(code: "886") { all: schools(first: 0) { totalCount }
        academies: schools(first: 0, filter: { academy: true }) { totalCount }
        maintained: schools(first: 0, filter: { academy: false }) { totalCount } } }`,
    );
    expect(academies.size).toBeGreaterThan(100);
    expect(localAuthority.academies?.totalCount).toBe(academies.size);
    expect(localAuthority.maintained?.totalCount).toBe((localAuthority.all?.totalCount ?? 0) - academies.size);
  });

  it('offers the phases and types the council’s schools have, and each finds its schools', async () => {
    const kent = openSchoolsOf('886');
    const { localAuthority } = await data<{ localAuthority: { schoolChoices: { phases: string[]; types: string[] } } }>(
      '{ localAuthority(code: "886") { schoolChoices { phases types } } }',
    );
    const choices = localAuthority.schoolChoices;
    const distinct = (values: (string | undefined)[]) => new Set(values.filter(Boolean));
    expect(new Set(choices.types)).toEqual(distinct(kent.map((school) => school.type)));
    expect(new Set(choices.phases)).toEqual(distinct(kent.map((school) => school.phase)));
    expect(choices.types).toContain('Community School');
    const type = 'Community School';
    const { localAuthority: found } = await data<{ localAuthority: Counts }>(
      `{ localAuthority(code: "886") { typed: schools(first: 0, filter: { type: "${type}" }) { totalCount } } }`,
    );
    expect(found.typed?.totalCount).toBe(kent.filter((school) => school.type === type).length);
  });
});

describe('numbered pages', () => {
  const PAGE = `query ($filter: SchoolFilter, $first: Int, $offset: Int, $sort: SchoolSort) {
    localAuthority(code: "886") { schools(filter: $filter, first: $first, offset: $offset, sort: $sort) {
      totalCount edges { node { urn } } pageInfo { hasNextPage } } } }`;
  type Page = { localAuthority: { schools: { totalCount: number; edges: { node: { urn: string } }[] } } };
  const urnsOf = (page: Page) => page.localAuthority.schools.edges.map((edge) => edge.node.urn);

  it.each([
    ['by name, unfiltered', 'NAME', null],
    ['soonest due, academies only', 'DUE_DATE', { academy: true }],
  ])('gives schools 26 to 50 as page 2 (%s)', async (_case, sort, filter) => {
    const whole = await data<Page>(PAGE, { filter, first: 100, offset: 0, sort });
    const second = await data<Page>(PAGE, { filter, first: 25, offset: 25, sort });
    expect(urnsOf(second)).toEqual(urnsOf(whole).slice(25, 50));
    expect(second.localAuthority.schools.totalCount).toBe(whole.localAuthority.schools.totalCount);
  });

  it('gives an empty page past the end, and refuses a negative offset or one beside a cursor', async () => {
    const past = await data<Page>(PAGE, { filter: null, first: 25, offset: 5000, sort: 'NAME' });
    expect(urnsOf(past)).toEqual([]);
    expect(await refusal('{ schools(offset: -1) { totalCount } }')).toMatch(/offset must be a whole number/);
    const first = await data<{ schools: { pageInfo: { endCursor: string } } }>(
      '{ schools(first: 1) { pageInfo { endCursor } } }',
    );
    expect(
      await refusal(`{ schools(first: 1, offset: 25, after: "${first.schools.pageInfo.endCursor}") { totalCount } }`),
    ).toMatch(/after or offset, not both/);
  });
});

describe('a chosen set of schools', () => {
  const chosen = ['143630', '137883', '117231', '140412'];

  it('lists the set in name order with every filter and sort, and leaves out a URN Beacon does not hold', async () => {
    const urns = JSON.stringify([...chosen, '999999']);
    const { all, academies } = await data<Record<string, { totalCount: number; edges: { node: { name: string } }[] }>>(
      `{ all: schools(filter: { urns: ${urns} }) { totalCount edges { node { name } } }
         academies: schools(filter: { urns: ${urns}, academy: true }, sort: DUE_DATE) {
           totalCount edges { node { name } } } }`,
    );
    const records = seed.schools.filter((school) => chosen.includes(school.urn));
    const names = records.map((school) => school.name).sort((a, b) => a.localeCompare(b, 'en-GB'));
    expect(all?.totalCount).toBe(4);
    expect(all?.edges.map((edge) => edge.node.name)).toEqual(names);
    expect(academies?.totalCount).toBe(records.filter((school) => school.trustUid).length);
  });

  it('refuses more than 100 URNs, or one that is not six digits', async () => {
    const many = JSON.stringify(Array.from({ length: 101 }, (_, index) => String(100000 + index)));
    expect(await refusal(`{ schools(filter: { urns: ${many} }) { totalCount } }`)).toMatch(/1 to 100 URNs/);
    expect(await refusal('{ schools(filter: { urns: ["12"] }) { totalCount } }')).toMatch(/six digits/);
  });
});

describe('any list as CSV', () => {
  const rowsOf = (csv: string) => parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  const csvOf = async (filter: string) =>
    rowsOf((await data<{ schoolsCsv: string }>(`{ schoolsCsv(filter: ${filter}) }`)).schoolsCsv);

  it('writes a trust’s schools, each with its council’s name', async () => {
    const dean = academiesOf('2864', SCENARIO_LA_CODES);
    const rows = await csvOf('{ trust: "2864" }');
    expect(rows.map((row) => row.URN).sort()).toEqual([...dean.urns].sort());
    expect(rows.every((row) => row.Council !== '' && row.Trust !== '')).toBe(true);
  });

  it('writes a chosen set across councils, and England by name', async () => {
    const rows = await csvOf('{ urns: ["143630", "117231"] }');
    const councils = Object.fromEntries(rows.map((row) => [row.URN, row.Council]));
    expect(councils).toEqual({ '143630': 'Tower Hamlets', '117231': 'Hertfordshire' });
    expect(await csvOf('{ nameContains: "mikardo" }')).toHaveLength(1);
  });

  it('refuses all of England without a name', async () => {
    const { body } = await invoke(api.handler, '{ schoolsCsv(filter: {}) }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
