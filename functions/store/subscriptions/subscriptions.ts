// Subscribing (again), unsubscribing by the e-mail's token, and the job's read of every live subscription.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DigestSubscriptionRecord } from '../../core/digest.js';
import { type DigestTokenParts, digestToken } from '../../core/digest-token.js';
import { notFound } from '../../core/errors.js';
import { queryPages } from '../dynamo/query-pages.js';
import { readItem } from '../dynamo/read-item.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { SUBSCRIPTIONS_PARTITION, subscriptionEntity, subscriptionKey } from './keys.js';

export interface LiveSubscription {
  subscription: DigestSubscriptionRecord;
  /** For the unsubscribe link. */
  token: string;
}

const live = (item: Record<string, unknown>): LiveSubscription => {
  const subscription = subscriptionEntity.of(item);
  return { subscription, token: digestToken({ ...subscription, secret: String(item.secret) }) };
};

/**
 * Subscribes an address to a scope's digest. Subscribing again keeps the subscription (and its link) as it is;
 * after an unsubscribe it starts afresh with a new link, so the old one stays spent.
 */
export async function subscribe(
  config: StoreConfig,
  wanted: DigestSubscriptionRecord,
): Promise<DigestSubscriptionRecord> {
  const key = subscriptionKey(wanted);
  const stored = await readItem(config, key);
  if (stored && !stored.unsubscribedAt) return subscriptionEntity.of(stored);
  const { unsubscribedAt: _dropped, ...fresh } = wanted;
  try {
    await config.client.send(
      new PutCommand({
        TableName: config.tableName,
        Item: subscriptionEntity.item(fresh, { secret: randomBytes(24).toString('base64url') }),
        ConditionExpression: 'attribute_not_exists(pk) OR attribute_exists(unsubscribedAt)',
      }),
    );
    return fresh;
  } catch (error) {
    // Subscribed by a concurrent request a moment ago: that subscription stands.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const now = await readItem(config, key);
    if (!now) throw error;
    return subscriptionEntity.of(now);
  }
}

const sameSecret = (stored: unknown, given: string) => {
  const a = Buffer.from(String(stored));
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Ends the subscription the token names; using the link again changes nothing and answers the same. */
export async function unsubscribe(config: StoreConfig, token: DigestTokenParts, at: string) {
  const key = subscriptionKey(token);
  const stored = await readItem(config, key);
  if (!stored || !sameSecret(stored.secret, token.secret)) {
    throw notFound('No digest subscription has that unsubscribe link; it may have been replaced by a newer one.');
  }
  if (stored.unsubscribedAt) return subscriptionEntity.of(stored);
  try {
    await config.client.send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: key,
        UpdateExpression: 'SET unsubscribedAt = :at',
        ConditionExpression: 'secret = :secret AND attribute_not_exists(unsubscribedAt)',
        ExpressionAttributeValues: { ':at': at, ':secret': token.secret },
      }),
    );
    return subscriptionEntity.of({ ...stored, unsubscribedAt: at });
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const now = await readItem(config, key);
    return subscriptionEntity.of(now ?? stored);
  }
}

/** Every live subscription: one Query of the subscriptions' partition (a page per MB), never a Scan. */
export async function liveSubscriptions({ client, tableName }: StoreConfig): Promise<LiveSubscription[]> {
  const items = await queryPages(client, {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    FilterExpression: 'attribute_not_exists(unsubscribedAt)',
    ExpressionAttributeValues: { ':pk': SUBSCRIPTIONS_PARTITION },
    ConsistentRead: true,
  });
  return items.map(live);
}
