// What each list and dashboard costs in DynamoDB requests and items read, pinned so a regression fails here: a page
// costs a page, a dashboard a fixed number of requests, whatever the number of schools.
import { beforeAll, describe, expect, it } from 'vitest';
import { changeRecord } from '../../functions/core/change-feed.js';
import { nameMatcher } from '../../functions/core/name-search.js';
import { schoolNameKey } from '../../functions/core/school-order.js';
import { openBulkStore, openStore, storedItems } from '../../functions/store/index.js';
import { invoke, invokeAnonymous, invokeAs } from '../support/api-events.js';
import { resetCounter, SCENARIO_TODAY, type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('page-costs', SCENARIO_TODAY, { indicators: true });
});

async function measured<T>(query: string, variables: Record<string, unknown> = {}) {
  resetCounter(api.counter);
  const { body } = await invoke<T>(api.handler, query, variables);
  expect(body.errors).toBeUndefined();
  return { data: body.data as T, requests: api.counter.total, items: api.counter.itemsRead };
}

interface Page {
  totalCount: number;
  edges: { node: { urn: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Walks a list to its end, `size` at a time: every URN seen, and the items read on the way. */
async function walk(list: (after: string | null) => string, pick: (data: unknown) => Page, size: number) {
  const urns: string[] = [];
  let items = 0;
  let after: string | null = null;
  let total = 0;
  for (let pages = 0; pages < 1000; pages += 1) {
    const page = await measured<unknown>(list(after), { size, after });
    const connection = pick(page.data);
    total = connection.totalCount;
    items += page.items;
    urns.push(...connection.edges.map((edge) => edge.node.urn));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { urns, items, total };
}

const LOCAL_AUTHORITIES = ['340', '211', '886', '919'];

describe('a council dashboard', () => {
  const dashboard = (code: string) =>
    `{ localAuthority(code: "${code}") { name inclusionSummary { schoolCount withStandingAward dueWithin30Days
      inspectionOutcomes { inherited } dataSources { kind asAt } }
      schools(first: 50, sort: DUE_DATE) { totalCount edges { node { urn name
      trust { name } inclusionStatus { awardStatus nextDueOn } } } } } }`;

  it('takes three requests with its data sources, for Kent’s 600 schools as for Knowsley’s 60', async () => {
    const counts: Record<string, number> = {};
    for (const code of LOCAL_AUTHORITIES) counts[code] = (await measured(dashboard(code))).requests;
    expect(counts).toEqual({ 340: 3, 211: 3, 886: 3, 919: 3 });
  });

  it('summary alone is two requests (the council and its tally), its data sources one more', async () => {
    const summary = await measured('{ localAuthority(code: "886") { inclusionSummary { schoolCount } } }');
    expect(summary.requests).toBe(2);
    expect(summary.items).toBe(2);
    const withSources = await measured(
      '{ localAuthority(code: "886") { inclusionSummary { schoolCount dataSources { kind asAt } } } }',
    );
    expect(withSources.requests).toBe(3);
  });
});

describe('England’s dashboard', () => {
  it('takes two requests: England’s eight tally shards in one query, and the data sources', async () => {
    const { data, requests, items } = await measured<{ england: { inclusionSummary: { schoolCount: number } } }>(
      '{ england { inclusionSummary { schoolCount withStandingAward dataSources { kind asAt } } } }',
    );
    expect(requests).toBeLessThanOrEqual(5);
    expect(requests).toBe(2);
    expect(data.england.inclusionSummary.schoolCount).toBeGreaterThan(1000);
    // England's eight tally shards, plus the data sources.
    expect(items).toBeLessThanOrEqual(8 + 8);
  });
});

describe('England’s list by school census', () => {
  it('takes two requests: England’s census directory in one query, then the page’s schools', async () => {
    const { requests } = await measured(
      `{ schools(first: 10, sort: SEN_SUPPORT_PERCENT, filter: { minFsmPercent: 30 }) { totalCount
        edges { node { urn name } } } }`,
    );
    expect(requests).toBe(2);
  });
});

describe('the national list', () => {
  const NATIONAL = `query ($size: Int, $after: String) { schools(first: $size, after: $after) { totalCount
    edges { node { urn name } } pageInfo { hasNextPage endCursor } } }`;

  it('gives a page of 100 in two requests, and the next page after its cursor in two more', async () => {
    const first = await measured<{ schools: Page }>(NATIONAL, { size: 100, after: null });
    expect(first.requests).toBe(2);
    expect(first.data.schools.edges).toHaveLength(100);
    const second = await measured<{ schools: Page }>(NATIONAL, {
      size: 100,
      after: first.data.schools.pageInfo.endCursor,
    });
    expect(second.requests).toBe(2);
    const listed = [...first.data.schools.edges, ...second.data.schools.edges].map((edge) => edge.node);
    const inOrder = [...listed].sort((a, b) => {
      const [x, y] = [schoolNameKey(a), schoolNameKey(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    expect(listed).toEqual(inOrder);
    expect(new Set(listed.map((school) => school.urn)).size).toBe(200);
    expect(first.data.schools.totalCount).toBeGreaterThan(1000);
  });

  it('refuses filters other than the name without a council or trust, saying what to give', async () => {
    const { body } = await invoke(api.handler, '{ schools(filter: { awardStatus: DUE_SOON }) { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/filter\.localAuthority or filter\.trust/);
  });

  it('finds schools by name across England from its directory in a fixed number of requests', async () => {
    const named =
      '{ schools(first: 5, filter: { nameContains: "academy" }) { totalCount edges { node { urn name } } } }';
    // The first read in a process may read the name lists' shards too; after that, their stamps and the page.
    expect((await measured(named)).requests).toBeLessThanOrEqual(3);
    const { data, requests } = await measured<{ schools: Page }>(named);
    expect(requests).toBe(2);
    expect(data.schools.edges.every((edge) => /academy/i.test(edge.node.name))).toBe(true);
    expect(data.schools.totalCount).toBeGreaterThan(100);
  });
});

describe('search', () => {
  const search = (text: string) =>
    `{ search(text: "${text}") { localAuthorities { totalCount edges { node { code name } } }
      trusts { totalCount edges { node { uid name } } } schools { totalCount edges { node { urn name } } } } }`;
  const TEXTS = [
    'ke',
    'an',
    'ol',
    'academy',
    'lord derby academy',
    '140412',
    'TR00637',
    'no such name at all',
    'ME9 8PL',
    'ME9',
    'Sevenoaks',
    '131598',
    '886',
    'Academies Enterprise',
    'knowsly',
    'milstone',
  ];

  it('costs two requests whatever the text: the lists’ stamps, then the page’s schools and trusts', async () => {
    const costs: Record<string, { requests: number; items: number }> = {};
    for (const text of TEXTS) {
      const { requests, items } = await measured<unknown>(search(text));
      costs[text] = { requests, items };
    }
    // In a process that already holds the lists (each search above warmed them for the next).
    for (const text of TEXTS) {
      const { requests, items } = await measured<unknown>(search(text));
      expect(requests, text).toBeLessThanOrEqual(2);
      // Ten stamps at most, and at most five schools and five trusts of the page.
      expect(items, text).toBeLessThanOrEqual(10 + 5 + 5);
    }
    expect(Math.max(...Object.values(costs).map((cost) => cost.requests))).toBeLessThanOrEqual(3);
  });

  // The search page's own query: each school with its type, town and council, each trust with its open schools,
  // each council with its region, each result with what matched.
  const PAGE = `query ($text: String!) { search(text: $text, first: 20) {
    localAuthorities { totalCount edges { node { code name region { name } } match { field value } }
      pageInfo { hasNextPage endCursor } }
    trusts { totalCount edges { node { uid name type status } match { field value } openSchoolCount }
      pageInfo { hasNextPage endCursor } }
    schools { totalCount edges { node { urn name type town postcode localAuthority { name } } match { field value } }
      pageInfo { hasNextPage endCursor } } } }`;

  it('costs the page at most three requests with its lines of context, whatever the text', async () => {
    for (const text of TEXTS) await measured(PAGE, { text });
    for (const text of TEXTS) {
      // The stamps; the councils' regions (their comparison items, read a tick before the rest); the page's
      // schools and trusts. Each school's council comes from the kept list of councils, with no read.
      const { requests, items } = await measured(PAGE, { text });
      expect(requests, text).toBeLessThanOrEqual(3);
      expect(items, text).toBeLessThanOrEqual(10 + 20 + 20 + 20);
    }
  });

  it('finds at least what reading every school by name would, with a two-letter text, in two requests', async () => {
    await measured(search('an'));
    const { data, requests } = await measured<{ search: { schools: Page } }>(search('an'));
    expect(requests).toBe(2);
    const store = openStore({ client: api.table.client, tableName: api.table.tableName });
    const named = nameMatcher<{ urn: string; name: string }>('an', (school) => school.name);
    const open = (await store.schools.all()).filter(named);
    expect(open.length).toBeGreaterThan(100);
    // A word starting "an" in a town or a former name finds a school too.
    expect(data.search.schools.totalCount).toBeGreaterThanOrEqual(open.length);
    expect(data.search.schools.edges).toHaveLength(5);
  });
});

describe("paging a search's schools", () => {
  const searchSchools = `query ($size: Int, $after: String) { search(text: "an") { schools(first: $size, after: $after)
    { totalCount edges { node { urn name } } pageInfo { hasNextPage endCursor } } } }`;
  const pick = (data: unknown) => (data as { search: { schools: Page } }).search.schools;

  it('costs every later page what the first costs: two requests, only the page’s schools read', async () => {
    await measured(searchSchools, { size: 20, after: null });
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      const cost: { data: unknown; requests: number; items: number } = await measured(searchSchools, {
        size: 20,
        after,
      });
      expect(cost.requests, `page ${page + 1}`).toBeLessThanOrEqual(2);
      expect(cost.items, `page ${page + 1}`).toBeLessThanOrEqual(10 + 20);
      expect(pick(cost.data).pageInfo.hasNextPage).toBe(true);
      after = pick(cost.data).pageInfo.endCursor;
    }
  });
});

describe('walking a list in pages of ten', () => {
  const localAuthorityList = (sort: string, code: string) => () =>
    `query ($size: Int, $after: String) { localAuthority(code: "${code}") { schools(first: $size, after: $after,
      sort: ${sort}) { totalCount edges { node { urn name } } pageInfo { hasNextPage endCursor } } } }`;
  const localAuthorityPage = (data: unknown) => (data as { localAuthority: { schools: Page } }).localAuthority.schools;

  for (const sort of [
    'NAME',
    'DUE_DATE',
    'LATEST_INSPECTION',
    'SEN_SUPPORT_PERCENT',
    'EHC_PLAN_PERCENT',
    'FSM_PERCENT',
  ]) {
    it(`reads at most twice each council’s schools, by ${sort}, each school once`, async () => {
      for (const code of LOCAL_AUTHORITIES) {
        const { urns, items, total } = await walk(localAuthorityList(sort, code), localAuthorityPage, 10);
        expect(urns.length, code).toBe(total);
        expect(new Set(urns).size, code).toBe(total);
        expect(items, `${code} by ${sort}: ${items} items for ${total} schools`).toBeLessThanOrEqual(2 * total);
      }
    });
  }

  it('reads at most twice a trust’s academies, filtered and sorted', async () => {
    const all = await measured<{ trust: { schools: { totalCount: number } } }>(
      '{ trust(uid: "2864") { schools { totalCount } } }',
    );
    const { urns, items, total } = await walk(
      () => `query ($size: Int, $after: String) { trust(uid: "2864") { schools(first: $size, after: $after,
        sort: LATEST_INSPECTION, filter: { phase: "Secondary" }) { totalCount edges { node { urn name } }
        pageInfo { hasNextPage endCursor } } } }`,
      (data) => (data as { trust: { schools: Page } }).trust.schools,
      10,
    );
    expect(total).toBeGreaterThan(0);
    expect(urns).toHaveLength(total);
    expect(items).toBeLessThanOrEqual(2 * all.data.trust.schools.totalCount);
  });
});

describe('how a council compares', () => {
  // The compare section of a council's overview: every indicator with its series, England, region, neighbours and
  // rank, the neighbours themselves and the region.
  const COMPARE_SECTION = `query ($code: ID!) { localAuthority(code: $code) { name region { code name }
    statisticalNeighbours { rank closeness localAuthority { code name } }
    indicators { indicator { id label unit decimals polarity source { file asAt } }
      latest { period { id label } value status } previous { period { id } value status } change
      series { period { id label } value status }
      england { code name figure { value status } } region { code name figure { value status } }
      neighbours { code name figure { value status } } neighbourAverage neighbourAverageOf
      rank { rank outOf period { id } } } } }`;

  it('takes at most three requests for every indicator of Kent, and of Knowsley', async () => {
    for (const code of ['886', '340']) {
      const { data, requests } = await measured<{ localAuthority: { indicators: unknown[] } }>(COMPARE_SECTION, {
        code,
      });
      expect(data.localAuthority.indicators.length).toBeGreaterThan(30);
      expect(requests, code).toBeLessThanOrEqual(3);
    }
  });

  it('costs the same for one indicator as for all of them', async () => {
    const one = await measured(
      `{ localAuthority(code: "886") { region { name } statisticalNeighbours { localAuthority { name } }
        indicators(ids: ["persistent-absence"]) { latest { value } neighbours { name figure { value } } } } }`,
    );
    expect(one.requests).toBeLessThanOrEqual(3);
  });

  it('reads England’s series of every indicator in one request', async () => {
    const { data, requests } = await measured<{ england: { indicators: unknown[] } }>(
      '{ england { indicators { indicator { id source { file } } latest { value } series { value status } } } }',
    );
    expect(data.england.indicators.length).toBeGreaterThan(30);
    expect(requests).toBe(1);
  });

  it('compares a council with its neighbours in three requests: the figures, the council, its neighbours', async () => {
    const { requests } = await measured(
      `{ compareLocalAuthorities(neighboursOf: "886") { localAuthorities { code name }
        rows { indicator { id } period { label } figures { code figure { value } } england { figure { value } } } } }`,
    );
    expect(requests).toBeLessThanOrEqual(3);
  });
});

describe('a change feed', () => {
  const PAGE = 'edges { node { id kind happenedOn summary from to schoolName } } pageInfo { hasNextPage endCursor }';
  async function anonymously(query: string) {
    resetCounter(api.counter);
    const { body } = await invokeAnonymous<Record<string, { changes: { edges: unknown[] } }>>(api.handler, query);
    expect(body.errors).toBeUndefined();
    const edges = Object.values(body.data ?? {})[0]?.changes.edges ?? [];
    return { edges, requests: api.counter.total, items: api.counter.itemsRead };
  }

  it('gives a 50-change page of Kent’s feed in two requests (the council, one query of 51 changes)', async () => {
    const page = await anonymously(`{ localAuthority(code: "886") { changes(first: 50) { ${PAGE} } } }`);
    expect(page.edges).toHaveLength(50);
    expect(page.requests).toBe(2);
    expect(page.items).toBe(1 + 51);
  });

  it('gives a 50-change page of England’s feed in one request', async () => {
    const page = await anonymously(`{ england { changes(first: 50) { ${PAGE} } } }`);
    expect(page.edges).toHaveLength(50);
    expect(page.requests).toBe(1);
  });

  it('gives a caller in scope a page in two requests too: scoped changes share the feed’s partition', async () => {
    const page = await measured<unknown>(`{ localAuthority(code: "886") { changes(first: 50) { ${PAGE} } } }`);
    expect(page.requests).toBeLessThanOrEqual(2);
  });

  it('costs the same on the last pages of a feed as on the first', async () => {
    const since = await anonymously(
      `{ localAuthority(code: "886") { changes(first: 50, until: "2012-12-31") { ${PAGE} } } }`,
    );
    expect(since.edges).toHaveLength(50);
    expect(since.requests).toBe(2);
  });

  it('fills a public page when scoped changes crowd the newest places, and shows them in order in scope', async () => {
    const FIELDS = 'edges { node { id happenedOn public } }';
    type Edge = { node: { id: string; happenedOn: string; public: boolean } };
    const query = `{ localAuthority(code: "886") { changes(first: 50) { ${FIELDS} } } }`;
    const before = await anonymously(query);
    // 60 reminder states of a Kent school, newer than anything in the feed: scoped, so hidden from the anonymous.
    const scoped = Array.from({ length: 60 }, (_, day) => {
      const happenedOn = new Date(Date.UTC(2030, 1, 1 + day)).toISOString().slice(0, 10);
      return changeRecord(
        { kind: 'AWARD_DUE_SOON', happenedOn, summary: 'Award review due soon', urn: '137883', laCode: '886' },
        { source: { name: 'reassessment' }, recordedAt: `${happenedOn}T06:00:00.000Z`, asAtDay: happenedOn },
      );
    });
    await openBulkStore({ client: api.table.client, tableName: api.table.tableName }).put(storedItems.changes(scoped));

    const open = await anonymously(query);
    expect(open.edges).toHaveLength(50);
    expect(open.edges).toEqual(before.edges);
    expect((open.edges as Edge[]).every((edge) => edge.node.public)).toBe(true);
    expect(open.requests).toBeLessThanOrEqual(3);

    resetCounter(api.counter);
    const { body } = await invokeAs<{ localAuthority: { changes: { edges: Edge[] } } }>(
      api.handler,
      { email: 'officer@kent.example', 'custom:role': 'council_officer', 'custom:scope': 'la:886' },
      query,
    );
    expect(body.errors).toBeUndefined();
    const newest = [...scoped].sort((a, b) => (a.happenedOn < b.happenedOn ? 1 : -1)).slice(0, 50);
    expect(body.data?.localAuthority.changes.edges.map((edge) => edge.node)).toEqual(
      newest.map(({ id, happenedOn }) => ({ id, happenedOn, public: false })),
    );
    expect(api.counter.total).toBeLessThanOrEqual(2);
  });
});

describe('the school list page (one list for a council, a trust, England by name and a chosen set)', () => {
  const ROW = `totalCount edges { node { urn name type phase trust { uid name } inclusionStatus { awardLevel awardStatus
    nextDueOn latestInspectionOn gradedInspectionOn gradedInheritedFromUrn inclusionGrade legacyOverallGrade
    safeguarding ungradedInspectionOn ungradedOutcome } census { periodLabel senSupportPercent } } }`;
  const LIST = `query ($filter: SchoolFilter, $offset: Int) { schools(first: 25, filter: $filter, offset: $offset) {
    ${ROW} } }`;

  it('reads its head (the council and its filter choices) in two requests, once', async () => {
    const head = await measured('{ localAuthority(code: "886") { code name schoolChoices { phases types } } }');
    expect(head.requests).toBe(2);
  });

  // The first page in name order: the name index, the tally (its total) and the page's trusts and inspections; any
  // other page or filter: the scope's listings (or the chosen schools) and the page's reads.
  it('gives the first page from the name index, and a numbered or filtered page from the listings', async () => {
    const kent = { localAuthority: '886' };
    const first = await measured(LIST, { filter: kent, offset: 0 });
    const numbered = await measured(LIST, { filter: { ...kent, academy: false }, offset: 50 });
    const chosen = await measured(LIST, { filter: { urns: ['143630', '137883', '117231', '140412'] }, offset: 0 });
    expect({ first: first.requests, numbered: numbered.requests, chosen: chosen.requests }).toEqual({
      first: 3,
      numbered: 2,
      chosen: 2,
    });
  });
});
