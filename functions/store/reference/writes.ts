// Reference data (councils, trusts, agencies): whole-item puts as GIAS publishes them, and councils and trusts
// read and written in bulk for imports; a council's or trust's entry in its name list changes with it.

import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { conflict } from '../../core/errors.js';
import type { LocalAuthorityRecord, PartnerAgencyRecord, TrustRecord } from '../../core/records.js';
import { batchGetAll } from '../dynamo/batch-get.js';
import { batchPutAll } from '../dynamo/batch-write.js';
import type { Entity, ItemKey, StoredItem } from '../dynamo/entity.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { type TransactItem, transactWrite, withFreshReads } from '../dynamo/transact.js';
import {
  type ListedRecords,
  listBatchUpdates,
  listedEntries,
  localAuthorityListUpdates,
  trustListUpdates,
} from '../name-lists/writes.js';
import { ENTRY_PREFIX, entryAttribute } from '../rollups/keys.js';
import { nameListShardKeys } from '../rollups/name-list-keys.js';
import { agencyEntity, localAuthorityEntity, localAuthorityKey, trustEntity, trustKey } from './keys.js';

async function put<T>(config: StoreConfig, item: StoredItem, record: T): Promise<T> {
  await config.client.send(new PutCommand({ TableName: config.tableName, Item: item }));
  return record;
}

const busy = () => conflict('The lists of councils and trusts are being changed by someone else; please try again.');

/** Writes that commute (puts and entry sets), retried when another transaction held an item. */
const transactRetried = (config: StoreConfig, items: TransactItem[]) =>
  withFreshReads(() => transactWrite(config.client, items), busy);

/** The record and its name list entry in one transaction. */
async function putListed<T>(config: StoreConfig, item: StoredItem, record: T, list: TransactItem[]): Promise<T> {
  await transactRetried(config, [{ Put: { TableName: config.tableName, Item: item } }, ...list]);
  return record;
}

export const upsertLocalAuthority = (config: StoreConfig, record: LocalAuthorityRecord) =>
  putListed(config, localAuthorityEntity.item(record), record, localAuthorityListUpdates(config.tableName, record));
export const upsertTrust = (config: StoreConfig, record: TrustRecord) =>
  putListed(config, trustEntity.item(record), record, trustListUpdates(config.tableName, record));
export const upsertAgency = (config: StoreConfig, record: PartnerAgencyRecord) =>
  put(config, agencyEntity.item(record), record);

/** The records Beacon holds among `ids`, as stored (one consistent batch read per 100 keys). */
async function readMany<R>(
  config: StoreConfig,
  entity: Entity<R>,
  keyOf: (id: string) => ItemKey,
  idOf: (record: R) => string,
  ids: Iterable<string>,
): Promise<Map<string, R>> {
  const found = await batchGetAll(config.client, config.tableName, [...new Set(ids)].map(keyOf), {
    consistentRead: true,
  });
  return new Map(
    [...found.values()].map((item) => {
      const record = entity.of(item);
      return [idOf(record), record];
    }),
  );
}

/** Records written whole, in batches (an import's added and changed rows). */
function putMany<R>(config: StoreConfig, entity: Entity<R>, records: readonly R[]): Promise<void> {
  return batchPutAll(
    config.client,
    config.tableName,
    records.map((record) => entity.item(record)),
  );
}

export const readLocalAuthorities = (config: StoreConfig, codes: Iterable<string>) =>
  readMany(config, localAuthorityEntity, localAuthorityKey, (localAuthority) => localAuthority.code, codes);
/**
 * The records first, then the list entries of `listed` (the records and any others an import holds) that the list
 * lacks or states otherwise, each hundred in one transaction with their stamp: so an import also mends a list that
 * fell behind (a table written before the lists), and a re-import of the same file writes nothing.
 */
async function mendList(config: StoreConfig, listed: ListedRecords): Promise<void> {
  const [list, entries] = listedEntries(listed);
  const stored = await batchGetAll(config.client, config.tableName, nameListShardKeys(list), { consistentRead: true });
  const held = new Map<string, unknown>();
  for (const item of stored.values())
    for (const [attribute, value] of Object.entries(item))
      if (attribute.startsWith(ENTRY_PREFIX)) held.set(attribute, value);
  const differing = entries.filter(([id, value]) => held.get(entryAttribute(id)) !== value);
  for (const items of listBatchUpdates(config.tableName, list, differing)) await transactRetried(config, items);
}

export async function putLocalAuthorities(
  config: StoreConfig,
  localAuthorities: readonly LocalAuthorityRecord[],
  listed: readonly LocalAuthorityRecord[] = localAuthorities,
): Promise<void> {
  await putMany(config, localAuthorityEntity, localAuthorities);
  await mendList(config, { localAuthorities: listed });
}

export const readTrusts = (config: StoreConfig, uids: Iterable<string>) =>
  readMany(config, trustEntity, trustKey, (trust) => trust.uid, uids);

export async function putTrusts(
  config: StoreConfig,
  trusts: readonly TrustRecord[],
  listed: readonly TrustRecord[] = trusts,
): Promise<void> {
  await putMany(config, trustEntity, trusts);
  await mendList(config, { trusts: listed });
}
