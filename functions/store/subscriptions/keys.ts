// Digest subscriptions sit in one partition, so the weekly job reads them all with one Query (paged), never a Scan;
// a week's delivery marks sit in that week's partition, one per subscription, so a run reads them in one Query too.
import { type DigestSubscriptionRecord, subscriberKey } from '../../core/digest.js';
import { defineEntity, type ItemKey } from '../dynamo/entity.js';

export const SUBSCRIPTIONS_PARTITION = 'DIGEST#SUBSCRIPTIONS';

type Subscriber = Pick<DigestSubscriptionRecord, 'email' | 'scope' | 'scopeId'>;

/** One subscription per address and scope; the same key orders a week's marks. */
export const subscriberSortKey = subscriberKey;

export const subscriptionKey = (who: Subscriber): ItemKey => ({
  pk: SUBSCRIPTIONS_PARTITION,
  sk: subscriberSortKey(who),
});

export const subscriptionEntity = defineEntity<DigestSubscriptionRecord>({
  name: 'DigestSubscriptionRecord',
  key: subscriptionKey,
  // The unsubscribe token's secret: in the e-mail and here, never in an API answer.
  storeOnly: ['secret'],
});

/** One subscriber's digest of one week: claimed by a run, then SENT (or FAILED and retried by the next run). */
export interface DigestMark extends Subscriber {
  week: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  /** Channel → when it accepted the digest: a retry skips the channels that have it. */
  delivered: Record<string, string>;
  changeCount: number;
  attempts: number;
  createdAt: string;
  sentAt?: string;
  lastError?: string;
}

export const digestWeekPartition = (week: string) => `DIGEST#${week}`;

export const digestMarkKey = (mark: Subscriber & { week: string }): ItemKey => ({
  pk: digestWeekPartition(mark.week),
  sk: subscriberSortKey(mark),
});

export const digestMarkEntity = defineEntity<DigestMark>({
  name: 'Digest',
  key: digestMarkKey,
  storeOnly: ['claimedBy', 'claimUntil'],
});
