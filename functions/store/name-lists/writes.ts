// Councils and trusts in their compact name lists (rollups/name-list-keys.ts), written in the same transaction as the
// record itself (admin upserts) or beside each batch of records (imports), with the lists' stamps, so a search never
// misses a council or trust that was just written, nor finds one by a name it no longer has.

import type { TrustNameEntry } from '../../core/name-search.js';
import type { LocalAuthorityRecord, TrustRecord } from '../../core/records.js';
import type { StoredItem } from '../dynamo/entity.js';
import type { TransactItem } from '../dynamo/transact.js';
import { entryChange, type ItemChange, itemUpdates, keyText, wholeItems, withStamps } from '../rollups/item-changes.js';
import { entryAttribute } from '../rollups/keys.js';
import { type NameListName, nameListShardKey } from '../rollups/name-list-keys.js';

export type Entry = readonly [id: string, value: string];

export const encodeLocalAuthority = ({ code: _code, ...rest }: LocalAuthorityRecord) => JSON.stringify(rest);
export const decodeLocalAuthority = (code: string, value: string): LocalAuthorityRecord => ({
  code,
  ...(JSON.parse(value) as Omit<LocalAuthorityRecord, 'code'>),
});

export const encodeTrust = (trust: TrustRecord) =>
  JSON.stringify({ g: trust.groupId, n: trust.name, s: trust.status, f: trust.formerNames });
export function decodeTrust(uid: string, value: string): TrustNameEntry {
  const { g, n, s, f } = JSON.parse(value) as { g?: string; n: string; s?: TrustRecord['status']; f?: string[] };
  return {
    uid,
    name: n,
    ...(g === undefined ? {} : { groupId: g }),
    ...(s === undefined ? {} : { status: s }),
    ...(f === undefined ? {} : { formerNames: f }),
  };
}

const localAuthorityEntries = (localAuthorities: readonly LocalAuthorityRecord[]): Entry[] =>
  localAuthorities.map((localAuthority) => [localAuthority.code, encodeLocalAuthority(localAuthority)]);
const trustEntries = (trusts: readonly TrustRecord[]): Entry[] =>
  trusts.map((trust) => [trust.uid, encodeTrust(trust)]);

/** The list's shard items the entries go in, each with its entries set, and the stamps of those shards. */
function listChanges(list: NameListName, entries: readonly Entry[]): ItemChange[] {
  const byShard = new Map<string, ItemChange>();
  for (const [id, value] of entries) {
    const key = nameListShardKey(list, id);
    let change = byShard.get(keyText(key));
    if (!change) {
      change = entryChange(key, list === 'councils' ? 'CouncilList' : 'TrustList');
      byShard.set(keyText(key), change);
    }
    change.set.set(entryAttribute(id), value);
  }
  return withStamps([...byShard.values()]);
}

/** The updates that put one council's or trust's entry in its list, for the record's own transaction. */
export const localAuthorityListUpdates = (tableName: string, localAuthority: LocalAuthorityRecord): TransactItem[] =>
  itemUpdates(tableName, listChanges('councils', localAuthorityEntries([localAuthority])));
export const trustListUpdates = (tableName: string, trust: TrustRecord): TransactItem[] =>
  itemUpdates(tableName, listChanges('trusts', trustEntries([trust])));

/** Entries set at most this many to an update, so an import's batch stays far inside an expression's limits. */
const ENTRIES_PER_WRITE = 100;

export type ListedRecords = { localAuthorities: readonly LocalAuthorityRecord[] } | { trusts: readonly TrustRecord[] };

/** The list the records belong in, and their entries there. */
export const listedEntries = (records: ListedRecords): [NameListName, Entry[]] =>
  'localAuthorities' in records
    ? ['councils', localAuthorityEntries(records.localAuthorities)]
    : ['trusts', trustEntries(records.trusts)];

/** Transactions that put these entries in the list (an import's batch), at most a hundred entries to each. */
export function listBatchUpdates(tableName: string, list: NameListName, entries: readonly Entry[]): TransactItem[][] {
  const transactions: TransactItem[][] = [];
  for (let start = 0; start < entries.length; start += ENTRIES_PER_WRITE)
    transactions.push(itemUpdates(tableName, listChanges(list, entries.slice(start, start + ENTRIES_PER_WRITE))));
  return transactions;
}

/** The name lists of these councils and trusts, whole, with their stamps: for loading an empty table. */
export const nameListItems = (
  localAuthorities: readonly LocalAuthorityRecord[],
  trusts: readonly TrustRecord[],
): StoredItem[] => [
  ...wholeItems(listChanges('councils', localAuthorityEntries(localAuthorities))),
  ...wholeItems(listChanges('trusts', trustEntries(trusts))),
];
