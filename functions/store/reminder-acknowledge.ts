// Acknowledging a reminder: who saw it and when, with a history entry on its school, in one transaction.
import { reminderEntity, reminderKey, urnOfRecordId } from './entities/index.js';
import { auditText } from '../core/audit-text.js';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ChangeContext } from '../core/change.js';
import { notFound } from '../core/errors.js';
import type { ReminderRecord } from '../core/reminders.js';
import type { StoreConfig } from './beacon-store.js';
import { historyPut } from './history.js';
import { StaleWrite, transactWrite } from './transact.js';

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
  try {
    await transactWrite(config.client, [
      {
        Update: {
          TableName: config.tableName,
          Key: reminderKey(urn, reminder.id),
          UpdateExpression: 'SET acknowledgedAt = :at, acknowledgedBy = :by',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(acknowledgedAt)',
          ExpressionAttributeValues: { ':at': change.at, ':by': change.actor },
        },
      },
      historyPut(config.tableName, {
        urn,
        ...change,
        recordId: reminder.id,
        summary: auditText.reminderAcknowledged(reminder.id),
        changes: [{ field: 'acknowledgedBy', after: change.actor }],
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
