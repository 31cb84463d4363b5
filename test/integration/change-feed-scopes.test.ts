// Changes written by the mutations and the reminder job, and who sees them: the job's award states are scoped
// (seen within the school's council, trust or school, by the access policy's one scope rule), the rest public.
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../functions/core/roles.js';
import { outboxSender } from '../../functions/notify/outbox-sender.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import { type GraphQLResponse, invoke, invokeAnonymous, invokeAs } from '../support/api-events.js';
import { callers, LORD_DERBY, shouldAllow } from '../support/authorization-matrix.js';
import { schoolChanges, storedChanges } from '../support/change-feeds.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const JOB_KINDS = ['AWARD_DUE_SOON', 'AWARD_OVERDUE', 'AWARD_LAPSED'];

let api: SeededApi;
const runJob = (today: string) => {
  const store = { client: api.table.client, tableName: api.table.tableName };
  return runReassessment({ store, senders: [outboxSender({ store, print: () => undefined })] }, { today });
};

beforeAll(async () => {
  api = await seededApi('change-feed-scopes');
  await runJob('2026-11-23');
}, 240_000);

describe('changes the mutations record', () => {
  it('records the scenario’s grant, reviews and partnership with the mutation and who acted', async () => {
    const events = await schoolChanges(api, '140412', ['AWARD_GRANTED', 'REVIEW_RECORDED', 'PARTNERSHIP_STARTED']);
    const kinds = new Set(events.map((event) => event.kind));
    expect(kinds).toEqual(new Set(['AWARD_GRANTED', 'REVIEW_RECORDED', 'PARTNERSHIP_STARTED']));
    const grant = events.find((event) => event.kind === 'AWARD_GRANTED');
    expect(grant).toMatchObject({ to: 'Centre of Excellence', public: true, source: { name: 'grantAward' } });
    expect(grant?.source.actor).not.toMatch(/@/);
  });

  it('records an inspection recorded by hand, with the grade it moved from', async () => {
    const { body } = await invoke(
      api.handler,
      `mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`,
      {
        input: {
          urn: '140412',
          inspectedOn: '2024-03-05',
          legacy: { type: 'GRADED', overallEffectiveness: 'OUTSTANDING', judgements: [], safeguarding: 'EFFECTIVE' },
        },
      },
    );
    expect(body.errors).toBeUndefined();
    const [moved] = await schoolChanges(api, '140412', ['GRADE_MOVED']);
    expect(moved).toMatchObject({
      happenedOn: '2024-03-05',
      from: 'Good',
      to: 'Outstanding',
      source: { name: 'recordInspection', actor: 'admin (all)' },
    });
  });
});

describe('changes upsertSchool records', () => {
  it('records an opening, then a move between trusts naming both, dated the day it was recorded', async () => {
    const upsert = (input: Record<string, unknown>) =>
      invoke(api.handler, 'mutation ($input: UpsertSchoolInput!) { upsertSchool(input: $input) { version } }', {
        input: { urn: '990002', name: 'Beacon Change Primary', localAuthorityCode: '340', ...input },
      });
    expect((await upsert({ trustUid: '2864', openedOn: '2024-09-01' })).body.errors).toBeUndefined();
    expect(
      (await upsert({ trustUid: '3725', openedOn: '2024-09-01', expectedVersion: 1 })).body.errors,
    ).toBeUndefined();
    const changes = await schoolChanges(api, '990002');
    const names = await invoke<{ a: { name: string }; b: { name: string } }>(
      api.handler,
      '{ a: trust(uid: "2864") { name } b: trust(uid: "3725") { name } }',
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(changes.map(({ kind, happenedOn, from, to }) => ({ kind, happenedOn, from, to }))).toEqual(
      expect.arrayContaining([
        { kind: 'OPENED', happenedOn: '2024-09-01', from: null, to: null },
        { kind: 'LEFT_TRUST', happenedOn: today, from: names.body.data?.a.name, to: names.body.data?.b.name },
        { kind: 'JOINED_TRUST', happenedOn: today, from: names.body.data?.a.name, to: names.body.data?.b.name },
      ]),
    );
    expect(changes).toHaveLength(3);
  });
});

describe('the reminder job’s changes', () => {
  it('records an award’s new state once, however often the job runs', async () => {
    const first = (await schoolChanges(api, '140412', JOB_KINDS)).map((event) => event.id);
    expect(first.length).toBeGreaterThan(0);
    const before = await storedChanges(api.table);
    await runJob('2026-11-23');
    await runJob('2026-11-24');
    expect(await storedChanges(api.table)).toEqual(before);
  });

  const feeds = [
    { name: 'Lord Derby’s', field: 'school(urn: "140412")', target: LORD_DERBY },
    { name: 'Knowsley’s', field: 'localAuthority(code: "340")', target: { laCode: '340' } },
    { name: 'the Dean Trust’s', field: 'trust(uid: "2864")', target: { trustUid: '2864' } },
  ];
  const rule = { roles: ROLES, target: 'parentSchool' as const, what: 'Reading scoped changes' };
  const query = (field: string) =>
    `{ ${field} { changes(kinds: [${JOB_KINDS.join(', ')}], first: 100) { edges { node { kind public } } } } }`;

  for (const feed of feeds) {
    it(`shows ${feed.name} scoped changes to its own scope only`, async () => {
      for (const caller of callers) {
        const { body } = caller.claims
          ? await invokeAs<Record<string, { changes: { edges: unknown[] } }>>(
              api.handler,
              caller.claims,
              query(feed.field),
            )
          : await invokeAnonymous<Record<string, { changes: { edges: unknown[] } }>>(api.handler, query(feed.field));
        expect(body.errors, caller.name).toBeUndefined();
        const seen = Object.values(body.data ?? {})[0]?.changes.edges.length ?? 0;
        if (shouldAllow(caller, rule, feed.target)) expect(seen, caller.name).toBeGreaterThan(0);
        else expect(seen, caller.name).toBe(0);
      }
    });
  }

  it('pages a feed with its scoped changes in place, each change once, newest first', async () => {
    const walk = async (asAdmin: boolean) => {
      const seen: { id: string; happenedOn: string; public: boolean }[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 500; pages += 1) {
        const query = `query ($after: String) { school(urn: "140412") { changes(first: 7, after: $after) {
          edges { node { id happenedOn public } } pageInfo { hasNextPage endCursor } } } }`;
        type Page = {
          school: {
            changes: {
              edges: { node: (typeof seen)[number] }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          };
        };
        const response: GraphQLResponse<Page> = asAdmin
          ? await invoke<Page>(api.handler, query, { after })
          : await invokeAnonymous<Page>(api.handler, query, { after });
        const page: Page['school']['changes'] | undefined = response.body.data?.school.changes;
        seen.push(...(page?.edges.map((edge) => edge.node) ?? []));
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return seen;
    };
    const everything = await walk(true);
    const open = await walk(false);
    expect(new Set(everything.map((change) => change.id)).size).toBe(everything.length);
    expect(everything.filter((change) => change.public)).toEqual(open);
    expect(everything.some((change) => !change.public)).toBe(true);
    const days = everything.map((change) => change.happenedOn);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('never puts them in England’s feed', async () => {
    const { body } = await invoke<{ england: { changes: { edges: unknown[] } } }>(api.handler, query('england'));
    expect(body.data?.england.changes.edges).toEqual([]);
  });
});
