// A reminder sits under its school (its id, awardId#dueOn#daysBefore, makes the write idempotent) and in three
// lists, newest first: its council's (gsi1), its trust's (gsi2) and its school's (gsi3).
import type { ContactOwner } from '../../core/contacts.js';
import type { ReminderRecord } from '../../core/reminders.js';
import { defineEntity, type ItemKey, schoolPartition } from '../dynamo/entity.js';
import { type IndexName, indexDesign } from '../dynamo/table-design.js';
import { urnOfRecordId } from '../schools/record-ids.js';

export const reminderKey = (urn: string, reminderId: string): ItemKey => ({
  pk: schoolPartition(urn),
  sk: `REMINDER#${reminderId}`,
});

const lists = {
  LOCAL_AUTHORITY: { index: 'gsi1', partition: (id: string) => `REMINDERS#LA#${id}` },
  TRUST: { index: 'gsi2', partition: (id: string) => `REMINDERS#TRUST#${id}` },
  SCHOOL: { index: 'gsi3', partition: (id: string) => `REMINDERS#SCHOOL#${id}` },
} as const satisfies Record<ContactOwner['scope'], { index: IndexName; partition: (id: string) => string }>;

/** Sort value in every reminder list (read newest first): the job's day, the instant it was made, the id. */
export const reminderListSortKey = (reminder: Pick<ReminderRecord, 'plannedOn' | 'createdAt' | 'id'>) =>
  `${reminder.plannedOn}#${reminder.createdAt}#${reminder.id}`;

/** The index and partition that list a scope's reminders. */
export function reminderList(scope: ContactOwner): { indexName: IndexName; partition: string } {
  const list = lists[scope.scope];
  return { indexName: list.index, partition: list.partition(scope.id) };
}

/** The reminder with this id, when the id names an award (the award id carries the school's URN). */
export function reminderKeyOf(reminderId: string, awardId: string): ItemKey | null {
  const urn = urnOfRecordId(awardId);
  return urn ? reminderKey(urn, reminderId) : null;
}

/** The full key of a reminder in one list index, rebuilt from its sort value (for ExclusiveStartKey). */
export function reminderListKey(
  indexName: IndexName,
  partition: string,
  sortKey: string,
): Record<string, string> | null {
  const [plannedOn, createdAt, ...idParts] = sortKey.split('#');
  const key = reminderKeyOf(idParts.join('#'), idParts[0] ?? '');
  if (!key || !plannedOn || !createdAt) return null;
  const index = indexDesign(indexName);
  return { ...key, [index.partitionKey]: partition, [index.sortKey]: sortKey };
}

export const reminderEntity = defineEntity<ReminderRecord>({
  name: 'Reminder',
  key: (record) => reminderKey(record.urn, record.id),
  listings: (record) => {
    const sort = reminderListSortKey(record);
    return {
      gsi1: { partition: lists.LOCAL_AUTHORITY.partition(record.laCode), sort },
      ...(record.trustUid ? { gsi2: { partition: lists.TRUST.partition(record.trustUid), sort } } : {}),
      gsi3: { partition: lists.SCHOOL.partition(record.urn), sort },
    };
  },
  // A run's claim on an undelivered reminder: the store's business, not the reader's.
  storeOnly: ['claimedBy', 'claimUntil'],
});
