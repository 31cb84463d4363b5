// The job's writes. A reminder is recorded with a conditional put before anything is sent, and every later step
// is conditional on the claim of the run doing it: two runs can never both deliver the same reminder.

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ReminderRecord } from '../../core/reminders.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { reminderEntity, reminderKey } from './keys.js';

/** Who may deliver a reminder, until when (ISO instant). A crashed run's claim simply runs out. */
export interface Claim {
  by: string;
  until: string;
}

async function conditional(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Records a new reminder, claimed by this run; false when it is already recorded (by this or another run). */
export function recordReminder(
  { client, tableName }: StoreConfig,
  reminder: ReminderRecord,
  claim: Claim,
): Promise<boolean> {
  return conditional(() =>
    client.send(
      new PutCommand({
        TableName: tableName,
        Item: reminderEntity.item(reminder, { claimedBy: claim.by, claimUntil: claim.until }),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );
}

type ReminderUpdate = Pick<
  UpdateCommandInput,
  'UpdateExpression' | 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
>;

/** One conditional update of a stored reminder; false when its condition no longer holds. */
function updateReminder({ client, tableName }: StoreConfig, reminder: ReminderRecord, update: ReminderUpdate) {
  return conditional(() =>
    client.send(new UpdateCommand({ TableName: tableName, Key: reminderKey(reminder.urn, reminder.id), ...update })),
  );
}

/** Claims a recorded, undelivered reminder for another attempt; false when it was delivered or another run holds it. */
export function claimReminder(
  config: StoreConfig,
  reminder: ReminderRecord,
  claim: Claim,
  now: string,
): Promise<boolean> {
  return updateReminder(config, reminder, {
    UpdateExpression: 'SET claimedBy = :by, claimUntil = :until, attempts = attempts + :one',
    ConditionExpression:
      'attribute_exists(pk) AND #status <> :sent AND #status <> :none AND ' +
      '(attribute_not_exists(claimUntil) OR claimUntil < :now)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':by': claim.by,
      ':until': claim.until,
      ':one': 1,
      ':sent': 'SENT',
      ':none': 'NO_RECIPIENTS',
      ':now': now,
    },
  });
}

/** Notes one channel's delivery; with `complete`, the reminder is SENT and its claim released. */
export function markDelivered(
  config: StoreConfig,
  reminder: ReminderRecord,
  delivery: { channel: string; at: string; complete: boolean },
  claim: Claim,
): Promise<boolean> {
  const finish = delivery.complete ? ', #status = :sent, sentAt = :at REMOVE claimedBy, claimUntil, lastError' : '';
  return updateReminder(config, reminder, {
    UpdateExpression: `SET delivered.#channel = :at${finish}`,
    ConditionExpression: 'claimedBy = :by',
    ExpressionAttributeNames: { '#channel': delivery.channel, ...(delivery.complete ? { '#status': 'status' } : {}) },
    ExpressionAttributeValues: {
      ':at': delivery.at,
      ':by': claim.by,
      // Nobody addressed: delivered, but recorded apart so it is not counted as a reminder someone received.
      ...(delivery.complete ? { ':sent': reminder.recipients.length > 0 ? 'SENT' : 'NO_RECIPIENTS' } : {}),
    },
  });
}

/** A delivery failed: FAILED, with the reason, and the claim released so the next run retries at once. */
export function markFailed(
  config: StoreConfig,
  reminder: ReminderRecord,
  error: string,
  claim: Claim,
): Promise<boolean> {
  return updateReminder(config, reminder, {
    UpdateExpression: 'SET #status = :failed, lastError = :error REMOVE claimedBy, claimUntil',
    ConditionExpression: 'claimedBy = :by',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':failed': 'FAILED', ':error': error.slice(0, 500), ':by': claim.by },
  });
}
