// Reminder and contact-list records <-> stored items. A reminder sits under its school and in three list
// indexes (council, trust, school), each sorted by when it was made.
import type { ContactList, ContactOwner, ContactRecord } from '../core/contacts.js';
import type { ReminderRecord } from '../core/reminders.js';
import type { StoredItem } from './batch-get.js';
import { indexPartitions, keys, urnOfRecordId, type ItemKey } from './keys.js';
import { tableDesign, type IndexName } from './table-design.js';

/** Attributes only the store reads: keys, index keys and the delivery claim. */
const STORAGE_ONLY = [
  'pk',
  'sk',
  'entity',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'gsi3pk',
  'gsi3sk',
  'claimedBy',
  'claimUntil',
];

/** Sort value in every reminder list (read newest first): the job's day, the instant it was made, the id. */
export const reminderListSortKey = (reminder: Pick<ReminderRecord, 'plannedOn' | 'createdAt' | 'id'>) =>
  `${reminder.plannedOn}#${reminder.createdAt}#${reminder.id}`;

export function reminderKey(reminderId: string, awardId: string): ItemKey | null {
  const urn = urnOfRecordId(awardId);
  return urn ? keys.reminder(urn, reminderId) : null;
}

export function reminderItem(reminder: ReminderRecord, claim?: { by: string; until: string }): StoredItem {
  const sortKey = reminderListSortKey(reminder);
  return {
    ...keys.reminder(reminder.urn, reminder.id),
    entity: 'Reminder',
    gsi1pk: indexPartitions.remindersOfAuthority(reminder.laCode),
    gsi1sk: sortKey,
    ...(reminder.trustUid ? { gsi2pk: indexPartitions.remindersOfTrust(reminder.trustUid), gsi2sk: sortKey } : {}),
    gsi3pk: indexPartitions.remindersOfSchool(reminder.urn),
    gsi3sk: sortKey,
    ...reminder,
    ...(claim ? { claimedBy: claim.by, claimUntil: claim.until } : {}),
  };
}

export function reminderOf(item: Record<string, unknown>): ReminderRecord {
  const record: Record<string, unknown> = { ...item };
  for (const attribute of STORAGE_ONLY) delete record[attribute];
  return record as unknown as ReminderRecord;
}

/** The index and partition that list a scope's reminders. */
export function reminderListPartition(scope: ContactOwner): { indexName: IndexName; partition: string } {
  switch (scope.scope) {
    case 'SCHOOL':
      return { indexName: 'gsi3', partition: indexPartitions.remindersOfSchool(scope.id) };
    case 'TRUST':
      return { indexName: 'gsi2', partition: indexPartitions.remindersOfTrust(scope.id) };
    case 'LOCAL_AUTHORITY':
      return { indexName: 'gsi1', partition: indexPartitions.remindersOfAuthority(scope.id) };
  }
}

/** The full key of a reminder in one list index, rebuilt from its sort value (for ExclusiveStartKey). */
export function reminderListKey(
  indexName: IndexName,
  partition: string,
  sortKey: string,
): Record<string, string> | null {
  const [plannedOn, createdAt, ...idParts] = sortKey.split('#');
  const reminderId = idParts.join('#');
  const key = reminderKey(reminderId, idParts[0] ?? '');
  const index = tableDesign.indexes.find((candidate) => candidate.indexName === indexName);
  if (!key || !index || !plannedOn || !createdAt) return null;
  return { ...key, [index.partitionKey]: partition, [index.sortKey]: sortKey };
}

export const contactsKey = (owner: ContactOwner): ItemKey => keys.contacts(owner.scope, owner.id);

export function contactListItem(list: ContactList): StoredItem {
  return {
    ...contactsKey(list.owner),
    entity: 'Contacts',
    owner: list.owner,
    contacts: list.contacts,
    version: list.version,
  };
}

export function contactListOf(item: Record<string, unknown>): ContactList {
  return {
    owner: item.owner as ContactOwner,
    contacts: (item.contacts ?? []) as ContactRecord[],
    version: Number(item.version ?? 0),
  };
}
