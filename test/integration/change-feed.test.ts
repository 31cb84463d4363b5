// The change feed from the first start: the events the seed's files state (grades that moved, trust joins,
// conversions), newest first per council, trust, school and England, paged by cursor at the cost of a page.
import { beforeAll, describe, expect, it } from 'vitest';
import { invoke, invokeAnonymous } from '../support/api-events.js';
import { EVENT_FIELDS, type FeedEvent, isoDay, schoolChanges } from '../support/change-feeds.js';
import { membershipRows, ofstedRows } from '../support/national-files.js';
import { resetCounter, type SeededApi, seededApi } from '../support/seeded-api.js';

const SEEDED = { Knowsley: '340', 'Tower Hamlets': '211', Kent: '886', Hertfordshire: '919' } as const;
const OFSTED_GRADES: Record<string, string> = {
  '1': 'Outstanding',
  '2': 'Good',
  '3': 'Requires improvement',
  '4': 'Inadequate',
};

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('change-feed');
}, 240_000);

/** Every `step`th of a list, so samples spread across the file rather than bunch at its start. */
const spread = <T>(items: readonly T[], count: number) =>
  items.filter((_, index) => index % Math.max(1, Math.floor(items.length / count)) === 0).slice(0, count);

describe('the seed’s changes, computed from its files', () => {
  it('moves the grade of schools whose previous and latest graded outcomes differ, on the latest date', async () => {
    const moved = ofstedRows().filter(
      (row) =>
        (row['Local authority'] ?? '') in SEEDED &&
        row['Does the latest graded inspection relate to the URN of the current school?'] === 'Yes' &&
        row['Does the previous graded inspection relate to the URN of the current school?'] === 'Yes' &&
        OFSTED_GRADES[row['Overall effectiveness'] ?? ''] &&
        OFSTED_GRADES[row['Previous graded inspection overall effectiveness'] ?? ''] &&
        row['Overall effectiveness'] !== row['Previous graded inspection overall effectiveness'],
    );
    const sample = spread(moved, 12);
    expect(sample.length).toBeGreaterThanOrEqual(10);
    for (const row of sample) {
      const urn = row.URN ?? '';
      const events = await schoolChanges(api, urn, ['GRADE_MOVED']);
      expect(events, urn).toContainEqual(
        expect.objectContaining({
          kind: 'GRADE_MOVED',
          happenedOn: isoDay(row['Inspection start date'] ?? ''),
          from: OFSTED_GRADES[row['Previous graded inspection overall effectiveness'] ?? ''],
          to: OFSTED_GRADES[row['Overall effectiveness'] ?? ''],
          school: { urn },
          public: true,
          source: expect.objectContaining({ name: 'ofsted-outcomes', asAt: '2025-08-31' }),
        }),
      );
    }
  });

  it('states Lord Derby’s move from Requires improvement to Good on 27 June 2023', async () => {
    const [event] = await schoolChanges(api, '140412', ['GRADE_MOVED']);
    expect(event).toMatchObject({
      happenedOn: '2023-06-27',
      from: 'Requires improvement',
      to: 'Good',
      summary: 'Graded inspection: Requires improvement → Good',
      schoolName: 'Lord Derby Academy',
    });
  });

  it('gives academies a joined event on GIAS’s joined date, naming the trust', async () => {
    const held = new Set(ofstedRows().map((row) => row.URN));
    const codes: readonly string[] = Object.values(SEEDED);
    const joined = membershipRows().filter(
      (row) => codes.includes(row['LA (code)'] ?? '') && held.has(row['Academy URN']) && row['Joined date'],
    );
    const sample = spread(joined, 12);
    expect(sample.length).toBeGreaterThanOrEqual(10);
    for (const row of sample) {
      const urn = row['Academy URN'] ?? '';
      const events = await schoolChanges(api, urn, ['JOINED_TRUST']);
      expect(events, urn).toContainEqual(
        expect.objectContaining({
          happenedOn: isoDay(row['Joined date'] ?? ''),
          trust: { uid: row['Group UID'] },
          to: row['Group Name'],
          source: expect.objectContaining({ name: 'gias-groups', asAt: '2025-09' }),
        }),
      );
    }
  });

  it('shows Lord Derby’s conversion on both URNs, as one event', async () => {
    const successor = await schoolChanges(api, '140412', ['CONVERTED']);
    const predecessor = await schoolChanges(api, '135476', ['CONVERTED']);
    expect(successor).toHaveLength(1);
    expect(successor[0]).toMatchObject({ school: { urn: '140412' }, relatedSchool: { urn: '135476' } });
    expect(predecessor).toEqual(successor);
  });

  it('shows Kent’s real changes of the last years first, newest first', async () => {
    const { body } = await invokeAnonymous<{ localAuthority: { changes: { edges: { node: FeedEvent }[] } } }>(
      api.handler,
      `{ localAuthority(code: "886") { changes(first: 50) { edges { node { ${EVENT_FIELDS} } } } } }`,
    );
    const events = body.data?.localAuthority.changes.edges.map((edge) => edge.node) ?? [];
    expect(events).toHaveLength(50);
    const days = events.map((event) => event.happenedOn);
    expect(days).toEqual([...days].sort().reverse());
    expect((days[0] ?? '') >= '2025-01-01').toBe(true);
    expect(new Set(events.map((event) => event.kind)).has('INSPECTED')).toBe(true);
  });

  it('keeps England’s feed to public changes, newest first', async () => {
    const { body } = await invokeAnonymous<{ england: { changes: { edges: { node: FeedEvent }[] } } }>(
      api.handler,
      `{ england { changes(first: 30, since: "2024-01-01", until: "2024-12-31") {
        edges { node { ${EVENT_FIELDS} } } } } }`,
    );
    const events = body.data?.england.changes.edges.map((edge) => edge.node) ?? [];
    expect(events).toHaveLength(30);
    expect(events.every((event) => event.public && event.happenedOn.startsWith('2024'))).toBe(true);
  });
});

describe('paging a feed', () => {
  interface FeedPage {
    edges: { cursor: string; node: { id: string; happenedOn: string; kind: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }
  const KENT = `query ($after: String, $kinds: [ChangeKind!], $since: Date) { localAuthority(code: "886") {
    changes(first: 10, after: $after, kinds: $kinds, since: $since) { edges { cursor node { id happenedOn kind } }
    pageInfo { hasNextPage endCursor } } } }`;

  async function walk(variables: Record<string, unknown>) {
    const ids: string[] = [];
    const kinds: string[] = [];
    let after: string | null = null;
    let items = 0;
    let mostRequests = 0;
    for (let pages = 0; pages < 2000; pages += 1) {
      resetCounter(api.counter);
      const { body } = await invokeAnonymous<{ localAuthority: { changes: FeedPage } }>(api.handler, KENT, {
        ...variables,
        after,
      });
      expect(body.errors).toBeUndefined();
      const page = body.data?.localAuthority.changes as FeedPage;
      items += api.counter.itemsRead;
      mostRequests = Math.max(mostRequests, api.counter.total);
      ids.push(...page.edges.map((edge) => edge.node.id));
      kinds.push(...page.edges.map((edge) => edge.node.kind));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, kinds, items, mostRequests };
  }

  it('walks Kent’s changes since 2023 in pages of ten, each once, reading at most twice the events', async () => {
    const { ids, items, mostRequests } = await walk({ since: '2023-01-01' });
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    // The council read (one item a page) aside, a page reads its events and one more.
    expect(items).toBeLessThanOrEqual(2 * ids.length);
    expect(mostRequests).toBeLessThanOrEqual(2);
  });

  it('keeps only the kinds asked for, across pages', async () => {
    const { ids } = await walk({ kinds: ['GRADE_MOVED', 'CONCERN_ENTERED'], since: '2022-01-01' });
    const all = await walk({ since: '2022-01-01' });
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).toEqual(
      all.ids.filter((_, index) => ['GRADE_MOVED', 'CONCERN_ENTERED'].includes(all.kinds[index] ?? '')),
    );
  });
});

describe('bad arguments', () => {
  const ask = (args: string, variables: Record<string, unknown> = {}) =>
    invoke(
      api.handler,
      `query ${args.includes('$kinds') ? '($kinds: [ChangeKind!])' : ''} { localAuthority(code: "886") {
        changes(${args}) { edges { cursor } } } }`,
      variables,
    );

  it('refuses a since after until', async () => {
    const { body } = await ask('since: "2025-06-01", until: "2025-01-01"');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toBe(
      'since (2025-06-01) is after until (2025-01-01); give a since on or before until.',
    );
  });

  it('refuses an unknown kind, naming it', async () => {
    const { body } = await ask('kinds: $kinds', { kinds: ['INSPECTED', 'RENAMED'] });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/"RENAMED" does not exist in "ChangeKind"/);
  });

  it('refuses a forged cursor, and one made for another list', async () => {
    for (const after of ['bm9wZQ', Buffer.from('c:2025-01-01#nothex').toString('base64url')]) {
      const { body } = await ask(`after: "${after}"`);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/not one this API issued/);
    }
  });

  it('refuses a page over 100', async () => {
    const { body } = await ask('first: 101');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
