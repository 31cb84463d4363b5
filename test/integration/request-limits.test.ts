// Cheap requests are not starved by expensive ones: whole-list reads are priced, so one request may hold only a few
// (through the real handler), and the local server gives each anonymous client a budget and heavy anonymous
// requests a few places, answering 429 with Retry-After beyond them (through the real HTTP adapter).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke, invokeAnonymous } from '../support/api-events.js';
import { seededApi, type SeededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('request-limits');
});

const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');
const csvs = (count: number) => `{ localAuthority(code: "886") { ${aliased(count, 'schoolsCsv')} } }`;
const searches = (count: number) =>
  `{ ${aliased(count, 'search(text: "ab") { schools { totalCount edges { node { urn } } } }')} }`;

describe('whole-list pricing', () => {
  it('answers one CSV export alone, with the council’s schools', async () => {
    const { statusCode, body } = await invokeAnonymous<{ localAuthority: { a0: string } }>(api.handler, csvs(1));
    expect(body.errors).toBeUndefined();
    expect(statusCode).toBe(200);
    expect(body.data?.localAuthority.a0).toMatch(/^\uFEFF?URN,School,/);
    expect(body.data?.localAuthority.a0).toContain('137883');
  });

  it('answers one search alone', async () => {
    const { body } = await invokeAnonymous<{ a0: { schools: { totalCount: number } } }>(api.handler, searches(1));
    expect(body.errors).toBeUndefined();
    expect(body.data?.a0.schools.totalCount).toBeGreaterThan(0);
  });

  it.each([
    ['three aliased CSV exports', csvs(3), 3],
    ['three aliased searches', searches(3), 3],
    [
      "England's list by name, a council's list by due date and a search",
      `{ schools(filter: { nameContains: "ab" }) { totalCount } search(text: "ab") { trusts { totalCount } }
        localAuthority(code: "886") { schools(sort: DUE_DATE) { totalCount } } }`,
      3,
    ],
    [
      'a CSV for each school of a page',
      '{ schools(first: 20) { edges { node { localAuthority { schoolsCsv } } } } }',
      20,
    ],
  ])('refuses %s in one request as too complex, saying why, before reading anything', async (_name, query, count) => {
    for (const send of [invokeAnonymous, invoke]) {
      api.counter.total = 0;
      const { statusCode, body } = await send(api.handler, query);
      expect(statusCode).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors?.[0]?.message).toBe(
        `The query reads ${count} whole lists (a search, a CSV export, England's list by name, every trust, a ` +
          "trust's comparison, or a school list sorted or filtered other than by name each reads one); one request " +
          'may read at most 2. Send them as separate requests.',
      );
      expect(api.counter.total).toBe(0);
    }
  });
});

afterAll(() => undefined);
