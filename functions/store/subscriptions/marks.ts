// A week's digest marks, as the reminders' claim/sent marks: recorded with a conditional put (claimed by the run)
// before anything is sent, every later step conditional on that claim, so two runs never both send a digest.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { queryPages } from '../dynamo/query-pages.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import type { Claim } from '../reminders/index.js';
import { type DigestMark, digestMarkEntity, digestMarkKey, digestWeekPartition, subscriberSortKey } from './keys.js';

async function held(write: Promise<unknown>): Promise<boolean> {
  return write.then(
    () => true,
    (error: unknown) => {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    },
  );
}

/** A week's marks by subscriber (scope#id#email): one Query of the week's partition. */
export async function weekMarks({ client, tableName }: StoreConfig, week: string): Promise<Map<string, DigestMark>> {
  const items = await queryPages(client, {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': digestWeekPartition(week) },
    ConsistentRead: true,
  });
  return new Map(items.map((item) => digestMarkEntity.of(item)).map((mark) => [subscriberSortKey(mark), mark]));
}

/** Records this week's digest for a subscriber, claimed by this run; false when one is recorded already. */
export function recordMark({ client, tableName }: StoreConfig, mark: DigestMark, claim: Claim): Promise<boolean> {
  const Item = digestMarkEntity.item(mark, { claimedBy: claim.by, claimUntil: claim.until });
  return held(
    client.send(new PutCommand({ TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' })),
  );
}

function updateMark(
  { client, tableName }: StoreConfig,
  mark: DigestMark,
  update: { set: string; when: string; names?: Record<string, string>; values: Record<string, unknown> },
) {
  return held(
    client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: digestMarkKey(mark),
        UpdateExpression: update.set,
        ConditionExpression: update.when,
        // DynamoDB refuses a name the expressions do not use.
        ExpressionAttributeNames: {
          ...(`${update.set} ${update.when}`.includes('#status') ? { '#status': 'status' } : {}),
          ...update.names,
        },
        ExpressionAttributeValues: update.values,
      }),
    ),
  );
}

/** Claims a recorded, unsent digest for a retry; false when it was sent or another run holds it. */
export const claimMark = (config: StoreConfig, mark: DigestMark, claim: Claim, now: string) =>
  updateMark(config, mark, {
    set: 'SET claimedBy = :by, claimUntil = :until, attempts = attempts + :one',
    when: 'attribute_exists(pk) AND #status <> :sent AND (attribute_not_exists(claimUntil) OR claimUntil < :now)',
    values: { ':by': claim.by, ':until': claim.until, ':one': 1, ':sent': 'SENT', ':now': now },
  });

const FINISH = ', #status = :sent, sentAt = :at REMOVE claimedBy, claimUntil, lastError';

/** Notes one channel's delivery; with `complete`, the digest is SENT and the claim released. */
export const markDigestDelivered = (
  config: StoreConfig,
  mark: DigestMark,
  delivery: { channel: string; at: string; complete: boolean },
  claim: Claim,
) =>
  updateMark(config, mark, {
    set: `SET delivered.#channel = :at${delivery.complete ? FINISH : ''}`,
    when: 'claimedBy = :by',
    names: { '#channel': delivery.channel },
    values: { ':at': delivery.at, ':by': claim.by, ...(delivery.complete ? { ':sent': 'SENT' } : {}) },
  });

/** A send failed: FAILED with the reason, the claim released so the next run retries it. */
export const markDigestFailed = (config: StoreConfig, mark: DigestMark, error: string, claim: Claim) =>
  updateMark(config, mark, {
    set: 'SET #status = :failed, lastError = :error REMOVE claimedBy, claimUntil',
    when: 'claimedBy = :by',
    values: { ':failed': 'FAILED', ':error': error.slice(0, 500), ':by': claim.by },
  });
