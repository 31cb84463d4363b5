// Acknowledging a reminder: who saw it and when, with a history entry on its school, in one transaction.

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { actorOf, describeActor, storedActor } from '../../core/actor.js';
import { auditText } from '../../core/audit-text.js';
import type { ChangeContext } from '../../core/change.js';
import { notFound } from '../../core/errors.js';
import type { ReminderRecord } from '../../core/reminders.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { StaleWrite, transactWrite } from '../dynamo/transact.js';
import { historyPut } from '../history/history.js';
import { urnOfRecordId } from '../schools/record-ids.js';
import { reminderEntity, reminderKey } from './keys.js';

async function readReminder(
  { client, tableName }: StoreConfig,
  urn: string,
  id: string,
): Promise<ReminderRecord | null> {
  const output = await client.send(
    new GetCommand({ TableName: tableName, Key: reminderKey(urn, id), ConsistentRead: true }),
  );
  return output.Item ? reminderEntity.of(output.Item) : null;
}

/** The first acknowledgement stands: acknowledging again (or at the same moment) returns it unchanged. */
export async function acknowledgeReminder(
  config: StoreConfig,
  reminder: { id: string; awardId: string },
  change: ChangeContext,
): Promise<ReminderRecord> {
  const urn = urnOfRecordId(reminder.awardId);
  const missing = () => notFound(`No reminder with id "${reminder.id}".`);
  if (!urn) throw missing();
  // Who saw it, with their role and scope beside the address: everyone but an admin is shown those instead.
  const acknowledged: Record<string, string> = { acknowledgedAt: change.at, ...storedActor('acknowledgedBy', change) };
  const names = Object.keys(acknowledged);
  try {
    await transactWrite(config.client, [
      {
        Update: {
          TableName: config.tableName,
          Key: reminderKey(urn, reminder.id),
          UpdateExpression: `SET ${names.map((name) => `${name} = :${name}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(acknowledgedAt)',
          ExpressionAttributeValues: Object.fromEntries(names.map((name) => [`:${name}`, acknowledged[name]])),
        },
      },
      historyPut(config.tableName, {
        urn,
        ...change,
        recordId: reminder.id,
        summary: auditText.reminderAcknowledged(reminder.id),
        changes: [{ field: 'acknowledgedBy', after: describeActor(actorOf(change, 'actor') ?? { id: change.actor }) }],
      }),
    ]);
  } catch (error) {
    // Missing, or acknowledged already: the read below tells which.
    if (!(error instanceof StaleWrite)) throw error;
  }
  const stored = await readReminder(config, urn, reminder.id);
  if (!stored) throw missing();
  return stored;
}
