// The weekly digest, sent by the daily job: each run sends the last whole week's digest to every live subscriber
// who has not had it, so it goes out on the first run of the week and once only, however often the job runs. Each
// digest is recorded (claimed) with a conditional write before it is sent and marked SENT after, as reminders are;
// a failed send is marked FAILED and retried by the next run. A week with no change in the scope sends nothing.
import { randomUUID } from 'node:crypto';
import pMap from 'p-map';
import { changeCursors } from '../core/change-feed.js';
import type { ChangeRecord } from '../core/change-record.js';
import {
  DIGEST_MAX_CHANGES,
  type DigestWeek,
  digestId,
  digestText,
  digestWeekFor,
  subscriberKey,
  unsubscribeUrl,
} from '../core/digest.js';
import type { IsoDate } from '../core/records.js';
import type { DigestMessage, DigestSender } from '../notify/digest-sender.js';
import type { Claim, DigestMark, JobStore, LiveSubscription } from '../store/index.js';
import { CLAIM_SECONDS, deliverOnChannels } from './deliver.js';

export interface DigestDeps {
  senders: readonly DigestSender[];
  /** The web page's origin for the digest's links, e.g. https://beacon.example.org. */
  webBaseUrl: string;
}

export interface DigestReport {
  week: string;
  /** Live subscriptions read. */
  subscribers: number;
  sent: DigestMessage[];
  failed: { id: string; error: string }[];
  /** Already sent this week, or held by a concurrent run. */
  skipped: number;
  /** Subscribers whose scope had no change in the week: no digest. */
  empty: number;
}

interface DigestRun {
  store: JobStore;
  deps: DigestDeps;
  week: DigestWeek;
  now: () => Date;
  runId: string;
}

/**
 * The scope's changes of the week: those that happened in it (from the feed the API pages, the subscriber's scoped
 * ones as allowed) and those Beacon learned in it whatever day they happened (a later monthly file's), each once.
 */
async function weekChanges(run: DigestRun, { subscription }: LiveSubscription): Promise<ChangeRecord[]> {
  const feed = { scope: subscription.scope, id: subscription.scopeId };
  const bound = DIGEST_MAX_CHANGES * 5;
  const changes: ChangeRecord[] = [];
  let afterKey: string | undefined;
  // Read a little past what is listed, so the e-mail can say how many more there are (up to a bound).
  while (changes.length <= bound) {
    const page = await run.store.changes.page(feed, {
      first: 100,
      since: run.week.since,
      until: run.week.until,
      withScoped: subscription.withScoped,
      ...(afterKey ? { afterKey } : {}),
    });
    changes.push(...page.edges.map((edge) => edge.node));
    if (!page.hasNextPage || !page.endCursor) break;
    afterKey = changeCursors.decode(page.endCursor);
  }
  const learned = await run.store.changes.learned(feed, {
    since: run.week.since,
    until: run.week.until,
    withScoped: subscription.withScoped,
    max: bound,
  });
  const held = new Set(changes.map((change) => change.id));
  const late = learned.filter((change) => !held.has(change.id) && change.happenedOn <= run.week.until);
  return [...changes, ...late].sort((a, b) => b.happenedOn.localeCompare(a.happenedOn));
}

type Outcome = { sent: DigestMessage } | { failed: { id: string; error: string } } | 'skipped' | 'empty';

async function deliverDigest(run: DigestRun, live: LiveSubscription, stored: DigestMark | undefined): Promise<Outcome> {
  if (stored?.status === 'SENT') return 'skipped';
  const changes = await weekChanges(run, live);
  if (changes.length === 0) return 'empty';
  const { subscription, token } = live;
  const started = run.now();
  const claim: Claim = { by: run.runId, until: new Date(started.getTime() + CLAIM_SECONDS * 1000).toISOString() };
  const mark: DigestMark = stored ?? {
    week: run.week.name,
    email: subscription.email,
    scope: subscription.scope,
    scopeId: subscription.scopeId,
    status: 'PENDING',
    delivered: {},
    changeCount: changes.length,
    attempts: 1,
    createdAt: started.toISOString(),
  };
  const owned = stored
    ? await run.store.digests.claim(mark, claim, started.toISOString())
    : await run.store.digests.record(mark, claim);
  if (!owned) return 'skipped';
  const listed = changes.slice(0, DIGEST_MAX_CHANGES);
  const { webBaseUrl } = run.deps;
  const message: DigestMessage = {
    id: digestId(mark.week, mark),
    to: subscription.email,
    unsubscribeUrl: unsubscribeUrl(webBaseUrl, token),
    ...digestText({
      subscription,
      week: run.week,
      changes: listed,
      more: changes.length - listed.length,
      webBaseUrl,
      unsubscribeToken: token,
    }),
  };
  const result = await deliverOnChannels(run.deps.senders, mark.delivered, message, {
    delivered: (channel, complete) =>
      run.store.digests.markDelivered(mark, { channel, at: run.now().toISOString(), complete }, claim),
    failed: (error) => run.store.digests.markFailed(mark, error, claim),
  });
  if (result.outcome === 'lost') return 'skipped';
  return result.outcome === 'failed' ? { failed: { id: message.id, error: result.error } } : { sent: message };
}

export async function runDigests(
  store: JobStore,
  deps: DigestDeps,
  options: { today: IsoDate; now: () => Date; concurrency?: number },
): Promise<DigestReport> {
  if (deps.senders.length === 0) throw new Error('The weekly digest needs at least one sender');
  const week = digestWeekFor(options.today);
  const [subscriptions, marks] = await Promise.all([store.digests.subscriptions(), store.digests.marks(week.name)]);
  const run: DigestRun = { store, deps, week, now: options.now, runId: randomUUID() };
  const outcomes = await pMap(
    subscriptions,
    (live) => deliverDigest(run, live, marks.get(subscriberKey(live.subscription))),
    { concurrency: options.concurrency ?? 4 },
  );
  const report: DigestReport = {
    week: week.name,
    subscribers: subscriptions.length,
    sent: [],
    failed: [],
    skipped: 0,
    empty: 0,
  };
  for (const outcome of outcomes) {
    if (outcome === 'skipped') report.skipped += 1;
    else if (outcome === 'empty') report.empty += 1;
    else if ('sent' in outcome) report.sent.push(outcome.sent);
    else report.failed.push(outcome.failed);
  }
  return report;
}
