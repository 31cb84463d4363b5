// Finding councils, trusts, agencies and schools by name: expectations computed from the shipped files.
import { createReadStream, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameMatcher } from '../../functions/core/name-search.js';
import { importGroupMemberships } from '../../functions/importer/import-gias-groups.js';
import { openStore } from '../../functions/store/index.js';
import { scenarioAwards } from '../../local/seed/scenario.js';
import { SCENARIO_LA_CODES } from '../../local/seed/seed.js';
import { invoke } from '../support/api-events.js';
import { censusFsmRows, censusSenRows, membershipRows, ofstedRows } from '../support/national-files.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('search');
});

const localAuthorityRows = (parse(readFileSync('data/gias/la_codes_england.csv'), { bom: true }) as string[][]).slice(
  1,
);
const currentLocalAuthorities = localAuthorityRows.filter(([name]) => !/^Pre[ -]LGR/.test(name ?? ''));

interface Page<T> {
  totalCount: number;
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function run<T>(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await invoke<T>(api.handler, query, variables);
  return body;
}

describe('finding things by name', () => {
  it('lists every council of England, A to Z, a page at a time', async () => {
    const names: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 10; pages += 1) {
      const body: { data?: { localAuthorities: Page<{ code: string; name: string }> } | null } = await run(
        'query ($after: String) { localAuthorities(first: 50, after: $after) { totalCount ' +
          'edges { node { code name } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page: Page<{ code: string; name: string }> = body.data!.localAuthorities;
      total = page.totalCount;
      names.push(...page.edges.map((edge) => edge.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(currentLocalAuthorities.length);
    expect(new Set(names)).toEqual(new Set(currentLocalAuthorities.map(([name]) => name)));
    const folded = names.map((name) => name.toLocaleLowerCase('en-GB'));
    expect(folded).toEqual([...folded].sort());
  });

  it('finds a council by part of its name in any case, or by its code', async () => {
    const body = await run<{ a: Page<{ code: string }>; b: Page<{ name: string }> }>(
      '{ a: localAuthorities(search: "KNOWS") { totalCount edges { node { code } } } ' +
        'b: localAuthorities(search: "886") { totalCount edges { node { name } } } }',
    );
    expect(body.data!.a.edges.map((edge) => edge.node.code)).toEqual(['340']);
    expect(body.data!.b.edges.map((edge) => edge.node.name)).toEqual(['Kent']);
  });

  it('finds the trusts of the seeded academies by name or TR-number', async () => {
    const held = new Set(ofstedRows().map((row) => row.URN));
    const seeded = membershipRows().filter(
      (row) => SCENARIO_LA_CODES.includes(row['LA (code)'] ?? '') && held.has(row['Academy URN']),
    );
    const leigh = seeded.filter((row) => /leigh/i.test(row['Group Name'] ?? ''));
    const leighTrusts = new Set(leigh.map((row) => row['Group UID']));
    expect(leighTrusts.size).toBeGreaterThan(0);
    const dean = seeded.find((row) => row['Group UID'] === '2864');
    const body = await run<{ a: Page<{ uid: string }>; b: Page<{ uid: string }>; all: Page<{ uid: string }> }>(
      `{ a: trusts(search: "leigh", first: 100) { totalCount edges { node { uid } } }
         b: trusts(search: "${dean?.['Group ID']}") { totalCount edges { node { uid } } }
         all: trusts(first: 0) { totalCount } }`,
    );
    expect(new Set(body.data!.a.edges.map((edge) => edge.node.uid))).toEqual(leighTrusts);
    expect(body.data!.b.edges.map((edge) => edge.node.uid)).toEqual(['2864']);
    expect(body.data!.all.totalCount).toBe(new Set(seeded.map((row) => row['Group UID'])).size);
  });

  it('searches councils, trusts and schools at once, with totals', async () => {
    const body = await run<{
      search: { localAuthorities: Page<unknown>; trusts: Page<unknown>; schools: Page<{ urn: string; name: string }> };
    }>(
      '{ search(text: "mikardo") { localAuthorities { totalCount } trusts { totalCount } ' +
        'schools { totalCount edges { node { urn name } } } } }',
    );
    expect(body.data!.search.localAuthorities.totalCount).toBe(0);
    expect(body.data!.search.trusts.totalCount).toBe(0);
    expect(body.data!.search.schools.edges.map((edge) => edge.node)).toEqual([
      { urn: '143630', name: 'Ian Mikardo School' },
    ]);
    const byUrn = await run<{ search: { schools: Page<{ name: string }> } }>(
      '{ search(text: "140412") { schools { edges { node { name } } } } }',
    );
    expect(byUrn.data!.search.schools.edges.map((edge) => edge.node.name)).toEqual(['Lord Derby Academy']);
  });

  it('finds partner agencies by name', async () => {
    const body = await run<{ partnerAgencies: Page<{ id: string }> }>(
      '{ partnerAgencies(search: "send") { totalCount edges { node { id } } } }',
    );
    expect(body.data!.partnerAgencies.edges.map((edge) => edge.node.id)).toContain('knowsley-send');
  });

  it('refuses a search too short to mean anything, and too many results at once', async () => {
    const short = await run('{ search(text: " a ") { schools { totalCount } } }');
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0]?.message).toMatch(/at least two characters/);
    const many = await run('{ search(text: "school", first: 21) { schools { totalCount } } }');
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("paging through a search's results", () => {
  type Kind = 'localAuthorities' | 'trusts' | 'schools';
  const fields: Record<Kind, string> = { localAuthorities: 'code', trusts: 'uid', schools: 'urn' };
  const searchPage = (kind: Kind, text: string) =>
    `query ($size: Int, $after: String) { search(text: "${text}") { ${kind}(first: $size, after: $after) {
      totalCount edges { node { id: ${fields[kind]} name } } pageInfo { hasNextPage endCursor } } } }`;

  /** Every page of one kind of a search's results, `size` at a time, to the end. */
  async function walkSearch(kind: Kind, text: string, size: number) {
    const ids: string[] = [];
    const names: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    let pages = 0;
    for (; pages < 100; pages += 1) {
      const body = await run<{ search: Record<Kind, Page<{ id: string; name: string }>> }>(searchPage(kind, text), {
        size,
        after,
      });
      expect(body.errors).toBeUndefined();
      const page: Page<{ id: string; name: string }> = body.data!.search[kind];
      totals.add(page.totalCount);
      ids.push(...page.edges.map((edge) => edge.node.id));
      names.push(...page.edges.map((edge) => edge.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, names, totals: [...totals], pages: pages + 1 };
  }

  it('pages through every open "St Mary" school to the end, each once, names starting so first', async () => {
    const store = openStore({ client: api.table.client, tableName: api.table.tableName });
    const named = nameMatcher<{ urn: string; name: string }>(
      'St Mary',
      (school) => school.name,
      (school) => [school.urn],
    );
    const expected = (await store.schools.all()).filter(named).map((school) => school.urn);
    expect(expected.length).toBeGreaterThan(20);
    const { ids, names, totals, pages } = await walkSearch('schools', 'St Mary', 10);
    expect(totals).toHaveLength(1);
    expect(ids).toHaveLength(totals[0]!);
    expect(pages).toBe(Math.ceil(totals[0]! / 10));
    expect(new Set(ids).size).toBe(ids.length);
    // Every school a search by name found still is (a former name or a prefix may find more).
    expect(ids).toEqual(expect.arrayContaining(expected));
    const folded = names.map((name) => name.toLocaleLowerCase('en-GB').replace(/[^a-z0-9]+/g, ' '));
    const starting = folded.filter((name) => name.startsWith('st mary'));
    expect(starting.length).toBeGreaterThan(10);
    expect(folded.slice(0, starting.length)).toEqual(starting);
  });

  it("pages through a search's trusts and councils too, each once", async () => {
    const trusts = await walkSearch('trusts', 'academy', 50);
    expect(trusts.totals).toHaveLength(1);
    expect(trusts.pages).toBeGreaterThan(1);
    expect(trusts.ids).toHaveLength(trusts.totals[0]!);
    expect(new Set(trusts.ids).size).toBe(trusts.ids.length);
    const localAuthorities = await walkSearch('localAuthorities', 'shire', 3);
    const shires = currentLocalAuthorities.filter(([name]) => /shire/i.test(name ?? ''));
    expect(new Set(localAuthorities.names)).toEqual(new Set(shires.map(([name]) => name)));
    expect(localAuthorities.ids).toHaveLength(shires.length);
  });

  it("keeps the search's own first as each list's default page size", async () => {
    const body = await run<{ search: Record<Kind, Page<unknown>> }>(
      '{ search(text: "St Mary", first: 3) { schools { edges { cursor } } trusts(first: 1) { edges { cursor } } } }',
    );
    expect(body.data!.search.schools.edges).toHaveLength(3);
    expect(body.data!.search.trusts.edges).toHaveLength(1);
  });

  it('refuses a forged cursor and a page over 100, clearly', async () => {
    const forged = Buffer.from('k:st mary', 'utf8').toString('base64');
    for (const after of [forged, 'not-a-cursor', Buffer.from('x:st mary').toString('base64url')]) {
      const body = await run(searchPage('schools', 'St Mary'), { size: 10, after });
      expect(body.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/cursor is not one this API issued/);
    }
    const big = await run(searchPage('schools', 'St Mary'), { size: 101, after: null });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/from 0 to 100/);
  });
});

describe('provenance a reader can see', () => {
  it('names each file the data came from, with the date its facts are as at', async () => {
    const body = await run<{ dataSources: { kind: string; file: string; asAt: string; rows: number }[] }>(
      '{ dataSources { kind file asAt rows } }',
    );
    const byKind = new Map(body.data!.dataSources.map((source) => [source.kind, source]));
    expect(byKind.get('ofsted-outcomes')).toMatchObject({
      file: 'ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz',
      asAt: '2025-08-31',
      rows: ofstedRows().length,
    });
    expect(byKind.get('gias-groups')).toMatchObject({ asAt: '2025-09', rows: membershipRows().length });
    expect(byKind.get('gias-lists')).toMatchObject({ asAt: '2025-07-11' });
    expect(byKind.get('gias-links')).toMatchObject({ asAt: '2025-04-22' });
    // The school census files name no day: their academic year (2022-23) is the January 2023 census, 19 January.
    expect(byKind.get('school-census-sen')).toMatchObject({
      file: 'dfe_school_sen_2022-23_by_urn.csv.gz',
      asAt: '2023-01-19',
      rows: censusSenRows().length,
    });
    expect(byKind.get('school-census-fsm')).toMatchObject({
      file: 'dfe_school_fsm_2022-23.csv.gz',
      asAt: '2023-01-19',
      rows: censusFsmRows().length,
    });
  });

  it('states the as-at dates and counts illustrative records beside a borough summary', async () => {
    const body = await run<{
      localAuthority: { inclusionSummary: { illustrativeSchools: number; dataSources: { kind: string }[] } };
    }>('{ localAuthority(code: "886") { inclusionSummary { illustrativeSchools dataSources { kind asAt } } } }');
    const summary = body.data!.localAuthority.inclusionSummary;
    // Kent's one scenario school, Leigh Academy Milestone, holds awards whose year its page does not give.
    const kentScenarioSchools = ['137883'];
    expect(summary.illustrativeSchools).toBe(
      new Set(
        scenarioAwards
          .filter((award) => kentScenarioSchools.includes(award.urn) && award.provenance === 'ILLUSTRATIVE')
          .map((award) => award.urn),
      ).size,
    );
    expect(summary.illustrativeSchools).toBeGreaterThan(0);
    expect(summary.dataSources.map((source) => source.kind)).toContain('ofsted-outcomes');
  });
});

describe('the seed and the importers agree', () => {
  it('gives each held academy the trust and joined date the gias-groups import would', async () => {
    const store = { client: api.table.client, tableName: api.table.tableName };
    const file = 'data/gias/gias_academies_group_membership_2025-09.csv.gz';
    const report = await importGroupMemberships(store, createReadStream(file), file);
    expect(report.rejected).toEqual([]);
    expect(report.unchanged).toBeGreaterThan(100);
    expect({ added: report.added, changed: report.changed }).toEqual({ added: 0, changed: 0 });
  });
});
