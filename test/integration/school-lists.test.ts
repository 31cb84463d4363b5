import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedRecords, SCENARIO_LA_CODES } from '../../local/seed/seed.js';
import { invoke } from '../support/api-events.js';
import { academiesOf, ofstedRows, ofstedUrnsOf } from '../support/national-files.js';
import { resetCounter, type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
// Expectations computed independently, straight from the national files.
const seed = await loadSeedRecords();

beforeAll(async () => {
  api = await seededApi('school-lists');
});

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { urn: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function allPages(path: (after: string | null) => string, pick: (data: Record<string, unknown>) => Page) {
  const urns: string[] = [];
  const names: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 50; pages += 1) {
    const { body } = await invoke(api.handler, path(after));
    expect(body.errors).toBeUndefined();
    const page = pick(body.data as Record<string, unknown>);
    totalCount = page.totalCount;
    if (page.pageInfo.hasNextPage) expect(page.edges.length).toBeGreaterThan(0);
    urns.push(...page.edges.map((edge) => edge.node.urn));
    names.push(...page.edges.map((edge) => edge.node.name));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { urns, names, totalCount };
}

describe('a borough’s schools', () => {
  it('pages through every open school of Kent exactly once, in name order', async () => {
    const expected = ofstedUrnsOf('Kent');
    expect(expected.length).toBeGreaterThan(500);
    const { urns, names, totalCount } = await allPages(
      (after) => `{ localAuthority(code: "886") { name schools(first: 100${after ? `, after: "${after}"` : ''}) {
          totalCount edges { cursor node { urn name } } pageInfo { hasNextPage endCursor } } } }`,
      (data) => (data.localAuthority as { schools: Page }).schools,
    );
    expect(totalCount).toBe(expected.length);
    expect(urns).toHaveLength(expected.length);
    expect(new Set(urns)).toEqual(new Set(expected));
    const folded = names.map((name) => name.toLocaleLowerCase('en-GB'));
    expect(folded).toEqual([...folded].sort());
  });

  it('keeps totalCount right under a filter and never gives an empty page with a next cursor', async () => {
    const type = 'Foundation Special School';
    const expected = ofstedRows()
      .filter((row) => row['Local authority'] === 'Kent' && row['Type of education'] === type)
      .map((row) => ({ urn: row.URN }));
    const { urns, totalCount } = await allPages(
      (after) => `{ schools(filter: { localAuthority: "886", type: "${type}" },
          first: 2${after ? `, after: "${after}"` : ''}) {
          totalCount edges { cursor node { urn name } } pageInfo { hasNextPage endCursor } } }`,
      (data) => data.schools as Page,
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(totalCount).toBe(expected.length);
    expect(urns.sort()).toEqual(expected.map((school) => school.urn).sort());
  });

  it('finds schools by part of the name, ignoring case', async () => {
    const { body } = await invoke<{ schools: Page }>(
      api.handler,
      '{ schools(filter: { nameContains: "mikardo" }) { totalCount edges { node { urn name } } } }',
    );
    expect(body.data?.schools.totalCount).toBe(1);
    expect(body.data?.schools.edges[0]?.node).toEqual({ urn: '143630', name: 'Ian Mikardo School' });
  });

  it('lists every open school Beacon holds when no council or trust is given', async () => {
    const { body } = await invoke<{ schools: Page }>(
      api.handler,
      '{ schools(first: 0) { totalCount edges { cursor } } }',
    );
    expect(body.data?.schools.totalCount).toBe(seed.schools.filter((school) => !school.closedOn).length);
    expect(body.data?.schools.edges).toEqual([]);
  });

  it('lists a trust’s schools', async () => {
    const { body } = await invoke<{ trust: { name: string; schools: Page } }>(
      api.handler,
      '{ trust(uid: "2864") { name schools { totalCount edges { node { urn name } } } } }',
    );
    const dean = academiesOf('2864', SCENARIO_LA_CODES);
    expect(dean.urns).toContain('140412');
    expect(body.data?.trust.name).toBe(dean.name);
    expect(body.data?.trust.schools.totalCount).toBe(dean.urns.length);
    expect(body.data?.trust.schools.edges.map((edge) => edge.node.urn).sort()).toEqual([...dean.urns].sort());
  });
});

describe('DynamoDB requests per list query', () => {
  const listQuery = (first: number) => `{ localAuthority(code: "886") { schools(first: ${first}) { edges { node {
      urn name localAuthority { name } trust { name }
      latestInspection { inspectedOn } awards { level status } inclusionStatus { awardStatus } } } } } }`;

  async function requestsFor(first: number) {
    resetCounter(api.counter);
    const { body } = await invoke<{ localAuthority: { schools: { edges: unknown[] } } }>(api.handler, listQuery(first));
    expect(body.errors).toBeUndefined();
    expect(body.data?.localAuthority.schools.edges).toHaveLength(first);
    return { ...api.counter, byCommand: { ...api.counter.byCommand } };
  }

  it('stays within a few for 10 or 100 schools with their council, trust, latest inspection and awards', async () => {
    const ten = await requestsFor(10);
    const hundred = await requestsFor(100);
    // The LA (1 batch), one query of the page, then the page's council, trusts, inspections and awards read together:
    // one BatchGetItem per 100 keys, so a page of ten needs one and a page of a hundred a few.
    expect(ten.byCommand).toEqual({ BatchGetItemCommand: 2, QueryCommand: 1 });
    expect(hundred.byCommand.QueryCommand).toBe(1);
    expect(hundred.total).toBeLessThanOrEqual(6);
  });

  it('stays the same when the page holds the scenario’s awarded and inspected schools', async () => {
    resetCounter(api.counter);
    const { body } = await invoke<{ schools: { edges: { node: { urn: string; awards: unknown[] } }[] } }>(
      api.handler,
      `{ schools(filter: { nameContains: "a" }, first: 100) { edges { node { urn localAuthority { name } trust { name }
          latestInspection { inspectedOn } awards { level } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.schools.edges.length).toBe(100);
    expect(api.counter.total).toBeLessThanOrEqual(7);
  });
});
