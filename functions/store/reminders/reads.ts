// Reminders read by id for the daily job (strongly consistent).
import type { ReminderRecord } from '../../core/reminders.js';
import { batchGetAll, lookup } from '../dynamo/batch-get.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { reminderEntity, reminderKey } from './keys.js';

/** Reminders already recorded, by id (strongly consistent, so a reminder recorded a moment ago is seen). */
export async function readReminders(
  config: StoreConfig,
  wanted: readonly { urn: string; id: string }[],
): Promise<Map<string, ReminderRecord>> {
  const reminderKeys = wanted.map(({ urn, id }) => reminderKey(urn, id));
  const found = await batchGetAll(config.client, config.tableName, reminderKeys, { consistentRead: true });
  const reminders = new Map<string, ReminderRecord>();
  for (const { urn, id } of wanted) {
    const item = lookup(found, reminderKey(urn, id));
    if (item) reminders.set(id, reminderEntity.of(item));
  }
  return reminders;
}
