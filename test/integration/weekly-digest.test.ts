// The weekly digest, end to end: subscriptions through the API, the real scheduled handler over DynamoDB Local, the
// outbox and a recording channel. What a digest lists is computed from the feed the API returns for its scope and
// week; a week with no change in a scope sends nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { SCOPED_CHANGE_KINDS } from '../../functions/core/change-kinds.js';
import { digestHeading, digestWeekFor } from '../../functions/core/digest.js';
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { outboxDigestSender } from '../../functions/notify/outbox-digest-sender.js';
import { createReassessmentHandler } from '../../functions/reassessment/create-handler.js';
import { runDigests } from '../../functions/reassessment/digests.js';
import type { StoreConfig } from '../../functions/store/index.js';
import { countRequests, createDocumentClient, newRequestCounter, openJobStore } from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { invoke, invokeAnonymous, invokeAs } from '../support/api-events.js';
import { recordingDigestSender, recordingSender } from '../support/reminder-senders.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const WEB = 'https://beacon.example.org';
const QUIET = { info: () => undefined, warn: () => undefined };
const MONDAY = '2026-11-23';
const WEEK = digestWeekFor(MONDAY);
const claims = (email: string, role: string, scope: string) => ({ email, 'custom:role': role, 'custom:scope': scope });
const KNOWSLEY_OFFICER = claims('officer@knowsley.example', 'council_officer', 'la:340');
const LORD_DERBY_LEADER = claims('head@lordderby.example', 'school_leader', 'school:140412');
const KENT_OFFICER = claims('officer@kent.example', 'council_officer', 'la:886');
const COUNCIL_CONTACT = 'send-team@knowsley.example';

const SUBSCRIBE = `mutation ($input: SubscribeToDigestInput!) {
  subscribeToDigest(input: $input) { email scope scopeId scopeName includesScopedChanges unsubscribedAt } }`;
const UNSUBSCRIBE = 'mutation ($token: String!) { unsubscribeFromDigest(token: $token) { email unsubscribedAt } }';
const RECORD_INSPECTION = 'mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }';

let api: SeededApi;
let store: StoreConfig;
const printed: string[] = [];

interface FeedNode {
  kind: string;
  happenedOn: string;
  summary: string;
  school: { urn: string } | null;
}

/** A council's or school's changes of a week, as an admin reads them through the API. */
async function weekFeed(owner: 'localAuthority' | 'school', id: string, since: string, until: string) {
  const argument = owner === 'school' ? 'urn' : 'code';
  const { body } = await invoke<Record<string, { changes: { edges: { node: FeedNode }[] } }>>(
    api.handler,
    `query ($id: ID!, $since: Date, $until: Date) { ${owner}(${argument}: $id) {
      changes(since: $since, until: $until, first: 100) {
        edges { node { kind happenedOn summary school { urn } } } } } }`,
    { id, since, until },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.[owner]?.changes.edges.map((edge) => edge.node) ?? [];
}

function jobWith(senders: ReturnType<typeof recordingDigestSender>[]) {
  return createReassessmentHandler({
    store,
    senders: [recordingSender()],
    digests: {
      senders: [outboxDigestSender({ store, print: (line) => printed.push(line) }), ...senders],
      webBaseUrl: WEB,
    },
    log: QUIET,
  });
}

const AREAS = [
  'CURRICULUM_AND_TEACHING',
  'INCLUSION',
  'ACHIEVEMENT',
  'ATTENDANCE_AND_BEHAVIOUR',
  'PERSONAL_DEVELOPMENT_AND_WELLBEING',
  'LEADERSHIP_AND_GOVERNANCE',
];
/** A report-card inspection of Lord Derby (or another school) on the day given (the framework since Nov 2025). */
const inspect = (handler: SeededApi['handler'], inspectedOn: string, urn = '140412') =>
  invoke(handler, RECORD_INSPECTION, {
    input: {
      urn,
      inspectedOn,
      leadInspector: 'Digest Test',
      reportCard: {
        safeguarding: 'MET',
        evaluations: AREAS.map((area) => ({ area, grade: 'EXPECTED_STANDARD' })),
      },
    },
  });

beforeAll(async () => {
  api = await seededApi('weekly-digest');
  store = { client: api.table.client, tableName: api.table.tableName };
  // A change at Lord Derby (Knowsley, the Dean Trust) in the week the Monday run reports.
  expect((await inspect(api.handler, '2026-11-17')).body.errors).toBeUndefined();
  // The reminder job's award states (scoped: seen within Lord Derby's council, trust and school) on a day of it.
  await createReassessmentHandler({ store, senders: [recordingSender()], log: QUIET })({ today: '2026-11-18' });
  await invoke(api.handler, 'mutation ($input: AddContactInput!) { addContact(input: $input) { email } }', {
    input: { owner: { laCode: '340' }, email: COUNCIL_CONTACT, role: 'COUNCIL_SEND_OFFICER' },
  });
}, 240_000);

describe('subscribing', () => {
  it('subscribes a signed-in user themself for a scope they hold, and again changes nothing', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { body } = await invokeAs(api.handler, KNOWSLEY_OFFICER, SUBSCRIBE, {
        input: { scope: { laCode: '340' } },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.subscribeToDigest).toEqual({
        email: 'officer@knowsley.example',
        scope: 'LOCAL_AUTHORITY',
        scopeId: '340',
        scopeName: 'Knowsley',
        includesScopedChanges: true,
        unsubscribedAt: null,
      });
    }
    const leader = await invokeAs(api.handler, LORD_DERBY_LEADER, SUBSCRIBE, { input: { scope: { urn: '140412' } } });
    expect(leader.body.errors).toBeUndefined();
    const kent = await invokeAs(api.handler, KENT_OFFICER, SUBSCRIBE, { input: { scope: { laCode: '886' } } });
    expect(kent.body.errors).toBeUndefined();
  });

  it('lets a council officer subscribe their council’s contact, and nobody else', async () => {
    const asOfficer = await invokeAs(api.handler, KNOWSLEY_OFFICER, SUBSCRIBE, {
      input: { email: COUNCIL_CONTACT, scope: { laCode: '340' } },
    });
    expect(asOfficer.body.errors).toBeUndefined();
    const stranger = await invokeAs(api.handler, KNOWSLEY_OFFICER, SUBSCRIBE, {
      input: { email: 'stranger@elsewhere.example', scope: { laCode: '340' } },
    });
    expect(stranger.body.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/stranger@elsewhere\.example.*contact of local authority 340/),
    });
    const assessor = claims('assessor@knowsley.example', 'assessor', 'la:340');
    const byAssessor = await invokeAs(api.handler, assessor, SUBSCRIBE, {
      input: { email: COUNCIL_CONTACT, scope: { laCode: '340' } },
    });
    expect(byAssessor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outOfScope = await invokeAs(api.handler, KENT_OFFICER, SUBSCRIBE, { input: { scope: { laCode: '340' } } });
    expect(outOfScope.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const live = await openJobStore(store).digests.subscriptions();
    expect(live.map(({ subscription }) => subscription.email)).not.toContain('stranger@elsewhere.example');
    expect(live.filter(({ subscription }) => subscription.email === 'assessor@knowsley.example')).toEqual([]);
  });

  it('refuses bad input with a clear code, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ scope: {} }, 'BAD_USER_INPUT', /exactly one of input\.scope/],
      [{ scope: { laCode: '340', urn: '140412' } }, 'BAD_USER_INPUT', /exactly one/],
      [{ email: 'not an address', scope: { laCode: '340' } }, 'BAD_USER_INPUT', /email/],
      [{ scope: { trustUid: '999999' } }, 'NOT_FOUND', /no trust 999999/],
    ];
    const before = (await openJobStore(store).digests.subscriptions()).length;
    for (const [input, code, message] of cases) {
      const { body } = await invoke(api.handler, SUBSCRIBE, { input });
      expect(body.errors?.[0]).toMatchObject({ extensions: { code }, message: expect.stringMatching(message) });
    }
    const forged = await invokeAnonymous(api.handler, UNSUBSCRIBE, { token: 'forged' });
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await openJobStore(store).digests.subscriptions()).length).toBe(before);
  });
});

describe('the weekly run', () => {
  const failing = recordingDigestSender('test', (message, attempt) => message.to === COUNCIL_CONTACT && attempt === 1);
  let first: Awaited<ReturnType<ReturnType<typeof jobWith>>>;

  beforeAll(async () => {
    first = await jobWith([failing])({ today: MONDAY });
  });

  it('sends one digest of last week’s changes by kind, as the API’s feed of the scope and week has them', async () => {
    const feed = await weekFeed('localAuthority', '340', WEEK.since, WEEK.until);
    expect(feed.map((change) => change.kind)).toContain('INSPECTED');
    const digest = failing.messages.find((message) => message.to === 'officer@knowsley.example');
    expect(digest?.subject).toBe(
      `Beacon: ${feed.length} change${feed.length === 1 ? '' : 's'} for Knowsley, week ${WEEK.name}`,
    );
    for (const kind of new Set(feed.map((change) => change.kind))) {
      const count = feed.filter((change) => change.kind === kind).length;
      expect(digest?.text).toContain(`${digestHeading(kind as never)} (${count})`);
    }
    for (const change of feed) expect(digest?.text).toContain(`- ${change.happenedOn} ${change.summary}`);
    expect(digest?.text).toContain(`${WEB}/schools/140412`);
    expect(digest?.text).toContain(`${WEB}/councils/340/changes?since=${WEEK.since}&until=${WEEK.until}`);
    expect(digest?.unsubscribeUrl).toMatch(new RegExp(`^${WEB}/digest/unsubscribe\\?token=`));
    expect(printed).toContain(`[outbox] ${digest?.subject} -> officer@knowsley.example`);
  });

  it('lists the scope’s non-public changes to a subscriber whose scope covers them', async () => {
    const feed = await weekFeed('localAuthority', '340', WEEK.since, WEEK.until);
    const scoped = feed.filter((change) => SCOPED_CHANGE_KINDS.has(change.kind as never));
    expect(scoped.length).toBeGreaterThan(0);
    const digest = failing.messages.find((message) => message.to === 'officer@knowsley.example');
    for (const change of scoped) expect(digest?.text).toContain(`- ${change.happenedOn} ${change.summary}`);
    // England's and the public feed never carry them: an anonymous reader of the same week sees none.
    const { body } = await invokeAnonymous<{ localAuthority: { changes: { edges: { node: FeedNode }[] } } }>(
      api.handler,
      `{ localAuthority(code: "340") { changes(since: "${WEEK.since}", until: "${WEEK.until}", first: 100) {
        edges { node { kind happenedOn summary school { urn } } } } } }`,
    );
    const publicKinds = body.data?.localAuthority.changes.edges.map((edge) => edge.node.kind) ?? [];
    expect(publicKinds.filter((kind) => SCOPED_CHANGE_KINDS.has(kind as never))).toEqual([]);
  });

  it('lists a school subscriber only their school’s changes, and sends nothing for a week without any', async () => {
    const school = await weekFeed('school', '140412', WEEK.since, WEEK.until);
    const council = await weekFeed('localAuthority', '340', WEEK.since, WEEK.until);
    const digest = failing.messages.find((message) => message.to === 'head@lordderby.example');
    for (const change of school) expect(digest?.text).toContain(change.summary);
    const elsewhere = council.filter((change) => change.school?.urn !== '140412');
    for (const change of elsewhere) expect(digest?.text).not.toContain(change.summary);
    expect(await weekFeed('localAuthority', '886', WEEK.since, WEEK.until)).toEqual([]);
    expect(failing.messages.map((message) => message.to)).not.toContain('officer@kent.example');
    expect(first).toMatchObject({ digestsSent: 2, digestsFailed: 1 });
  });

  it('sends nothing twice when the job runs again in the same week, and retries a failed send once', async () => {
    const again = await jobWith([failing])({ today: '2026-11-25' });
    expect(again).toMatchObject({ digestsSent: 1, digestsFailed: 0 });
    const third = await jobWith([failing])({ today: '2026-11-26' });
    expect(third).toMatchObject({ digestsSent: 0, digestsFailed: 0 });
    const ids = failing.delivered;
    expect(new Set(ids).size).toBe(ids.length);
    expect(failing.messages.map((message) => message.to).sort()).toEqual(
      [COUNCIL_CONTACT, 'head@lordderby.example', 'officer@knowsley.example'].sort(),
    );
    // The outbox had the failed digest at the first attempt; the retry did not put or print it again.
    const outboxLines = printed.filter((line) => line.endsWith(`-> ${COUNCIL_CONTACT}`));
    expect(outboxLines).toHaveLength(1);
    const outbox = await openJobStore(store).outbox.read();
    expect(outbox.filter((message) => message.to.includes(COUNCIL_CONTACT))).toHaveLength(1);
  });

  it('reads the subscriptions and the week’s marks with one Query each, never a Scan', async () => {
    const client = createDocumentClient(localClientConfig(api.table.endpoint));
    const counter = newRequestCounter();
    countRequests(client, counter);
    const report = await runDigests(
      openJobStore({ client, tableName: store.tableName }),
      { senders: [recordingDigestSender()], webBaseUrl: WEB },
      { today: '2026-11-27', now: () => new Date() },
    );
    expect(report).toMatchObject({ sent: [], failed: [], skipped: 3, empty: 1 });
    expect(counter.byCommand.ScanCommand ?? 0).toBe(0);
    // Subscriptions and marks: one Query each; the one subscriber without a digest (no change) has its feed read,
    // one Query (public and scoped changes share the feed's partition), and its learned list, one Query.
    expect(counter.byCommand).toEqual({ QueryCommand: 2 + 1 + 1 });
    client.destroy();
  });

  it('stops the next week’s digest once the unsubscribe link is used, which works once and idempotently', async () => {
    const digest = failing.messages.find((message) => message.to === 'officer@knowsley.example');
    const token = new URL(digest?.unsubscribeUrl ?? '').searchParams.get('token') ?? '';
    const once = await invokeAnonymous(api.handler, UNSUBSCRIBE, { token });
    expect(once.body.errors).toBeUndefined();
    const again = await invokeAnonymous(api.handler, UNSUBSCRIBE, { token });
    expect(again.body.data).toEqual(once.body.data);
    const wrongSecret = `${token.split('.')[0]}.${'A'.repeat(32)}`;
    const guessed = await invokeAnonymous(api.handler, UNSUBSCRIBE, { token: wrongSecret });
    expect(guessed.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // A change in the next week, recorded by a later day's API: the other subscribers get it, the unsubscribed not.
    const later = createLambdaHandler(store, { today: () => '2026-11-30' });
    expect((await inspect(later, '2026-11-24')).body.errors).toBeUndefined();
    const next = recordingDigestSender();
    await jobWith([next])({ today: '2026-11-30' });
    const to = next.messages.map((message) => message.to);
    expect(to).toContain('head@lordderby.example');
    expect(to).not.toContain('officer@knowsley.example');
  });
});

describe('a change Beacon learns after its week', () => {
  const DAY_MS = 86_400_000;
  const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

  it('is in the digest of the week Beacon learned it, once, though it happened two months before', async () => {
    // Recorded now (the API's clock), dated two months ago: the week it happened had its digest long ago.
    const now = Date.now();
    const today = dayOf(now);
    const isoDay = new Date(now).getUTCDay() || 7;
    const nextMonday = dayOf(now + (8 - isoDay) * DAY_MS);
    const week = digestWeekFor(nextMonday);
    expect(today >= week.since && today <= week.until).toBe(true);
    const inspectedOn = dayOf(now - 60 * DAY_MS);
    // A Knowsley school whose latest inspection is older, so the one recorded now is its latest (a grade change).
    const { body } = await invoke<{
      localAuthority: {
        schools: { edges: { node: { urn: string; latestInspection: { inspectedOn: string } | null } }[] };
      };
    }>(
      api.handler,
      `{ localAuthority(code: "340") { schools(first: 100) {
        edges { node { urn latestInspection { inspectedOn } } } } } }`,
    );
    const urn = body.data?.localAuthority.schools.edges
      .map((edge) => edge.node)
      .find((school) => school.urn !== '140412' && (school.latestInspection?.inspectedOn ?? '') < inspectedOn)?.urn;
    expect(body.errors).toBeUndefined();
    expect(urn).toBeDefined();
    const handler = createLambdaHandler(store, { today: () => today });
    expect((await inspect(handler, inspectedOn, urn)).body.errors).toBeUndefined();
    const happened = await weekFeed('school', urn ?? '', inspectedOn, inspectedOn);
    const late = happened.find((change) => change.kind === 'INSPECTED');
    expect(late).toBeDefined();
    // The council's feed of the week by when things happened does not hold it: only what Beacon learned in it does.
    const weekOfFeed = await weekFeed('localAuthority', '340', week.since, week.until);
    expect(weekOfFeed.map((change) => change.summary)).not.toContain(late?.summary);

    const client = createDocumentClient(localClientConfig(api.table.endpoint));
    const counter = newRequestCounter();
    countRequests(client, counter);
    const sender = recordingDigestSender();
    const report = await runDigests(
      openJobStore({ client, tableName: store.tableName }),
      { senders: [sender], webBaseUrl: WEB },
      { today: nextMonday, now: () => new Date() },
    );
    expect(report.failed).toEqual([]);
    const digest = sender.messages.find((message) => message.to === COUNCIL_CONTACT);
    const line = `- ${late?.happenedOn} ${late?.summary}`;
    expect(digest?.text.split(line).length).toBe(2);
    // No Scan: subscriptions and marks, then each subscriber's feed and learned list, one Query each.
    expect(counter.byCommand.ScanCommand ?? 0).toBe(0);
    expect(counter.byCommand.QueryCommand).toBe(2 + 2 * report.subscribers);

    // A second run of the same week sends nothing again.
    const again = await runDigests(
      openJobStore(store),
      { senders: [sender], webBaseUrl: WEB },
      { today: nextMonday, now: () => new Date() },
    );
    expect(again.sent).toEqual([]);
    client.destroy();
  });
});
