// Contact lists: one item per owner, so a list is one read, many lists are one BatchGetItem, and a change is a
// versioned replace (two people adding contacts at once both succeed, neither is lost).

import DataLoader from 'dataloader';
import { auditText } from '../../core/audit-text.js';
import type { ChangeContext } from '../../core/change.js';
import type { ContactChange } from '../../core/contact-input.js';
import type { ContactList, ContactOwner, ContactRecord } from '../../core/contacts.js';
import { describeOwner } from '../../core/contacts.js';
import { conflict, notFound } from '../../core/errors.js';
import { batchGetAll, lookup } from '../dynamo/batch-get.js';
import { readItem } from '../dynamo/read-item.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { type TransactItem, transactWrite, withFreshReads } from '../dynamo/transact.js';
import { putVersioned } from '../dynamo/versioned-put.js';
import { historyPut } from '../history/history.js';
import { contactListEntity, contactListKey, ownerKey } from './keys.js';

const ownerLoaderKey = (owner: ContactOwner) => `${owner.scope}|${owner.id}`;

/** Contact lists of many owners in one BatchGetItem per 100 owners; an owner with no list has none. */
export async function readContactLists(
  config: StoreConfig,
  owners: readonly ContactOwner[],
  options: { consistentRead?: boolean } = {},
): Promise<Map<string, ContactRecord[]>> {
  const found = await batchGetAll(config.client, config.tableName, owners.map(contactListKey), options);
  return new Map(
    owners.map((owner) => {
      const item = lookup(found, contactListKey(owner));
      return [ownerLoaderKey(owner), item ? contactListEntity.of(item).contacts : []];
    }),
  );
}

export function contactsOf(lists: Map<string, ContactRecord[]>, owner: ContactOwner): ContactRecord[] {
  return lists.get(ownerLoaderKey(owner)) ?? [];
}

/** One loader per GraphQL request: every owner's contacts asked for in a request become one batch read. */
export function createContactLoader(config: StoreConfig): DataLoader<ContactOwner, ContactRecord[], string> {
  return new DataLoader(
    async (owners) => {
      const lists = await readContactLists(config, owners);
      return owners.map((owner) => contactsOf(lists, owner));
    },
    { cacheKeyFn: ownerLoaderKey },
  );
}

/**
 * Applies an add or remove to the owner's list, on a fresh read, as one transaction with the school's history
 * entry when the owner is a school (trusts and councils have no history partition).
 */
export async function changeContacts(
  config: StoreConfig,
  change: ContactChange,
  audit: ChangeContext,
): Promise<ContactRecord> {
  const { owner } = change;
  return withFreshReads(
    async () => {
      const ownerItem = await readItem(config, ownerKey(owner));
      if (!ownerItem) throw notFound(`No ${describeOwner(owner)} is held by Beacon.`);
      const item = await readItem(config, contactListKey(owner));
      const before: ContactList | null = item ? contactListEntity.of({ ...item, owner }) : null;
      const { list, contact, changed } = change.apply(before);
      if (!changed) return contact;
      const writes: TransactItem[] = [
        putVersioned(config.tableName, contactListEntity.item(list), before ? before.version : null),
      ];
      if (owner.scope === 'SCHOOL') {
        const added = audit.action === 'addContact';
        writes.push(
          historyPut(config.tableName, {
            urn: owner.id,
            ...audit,
            summary: auditText.contactChanged(added, contact.role),
            changes: [
              {
                field: 'contacts',
                before: before ? String(before.contacts.length) : '0',
                after: String(list.contacts.length),
              },
            ],
          }),
        );
      }
      await transactWrite(config.client, writes);
      return contact;
    },
    () =>
      conflict(
        `The contacts of ${describeOwner(owner)} are being changed by someone else right now; please try again.`,
      ),
  );
}
