// Reference data (councils, trusts, agencies): whole-item puts as GIAS publishes them, and councils and trusts
// read and written in bulk for imports.
import {
  agencyEntity,
  councilEntity,
  councilKey,
  trustEntity,
  trustKey,
  type ItemKey,
  type StoredItem,
} from './entities/index.js';
import type { Entity } from './entities/entity.js';
import { batchGetAll } from './batch-get.js';
import { batchPutAll } from './batch-write.js';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalAuthorityRecord, PartnerAgencyRecord, TrustRecord } from '../core/records.js';
import type { StoreConfig } from './beacon-store.js';

async function put<T>(config: StoreConfig, item: StoredItem, record: T): Promise<T> {
  await config.client.send(new PutCommand({ TableName: config.tableName, Item: item }));
  return record;
}

export const upsertLocalAuthority = (config: StoreConfig, record: LocalAuthorityRecord) =>
  put(config, councilEntity.item(record), record);
export const upsertTrust = (config: StoreConfig, record: TrustRecord) => put(config, trustEntity.item(record), record);
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

export const readCouncils = (config: StoreConfig, codes: Iterable<string>) =>
  readMany(config, councilEntity, councilKey, (council) => council.code, codes);
export const putCouncils = (config: StoreConfig, councils: readonly LocalAuthorityRecord[]) =>
  putMany(config, councilEntity, councils);
export const readTrusts = (config: StoreConfig, uids: Iterable<string>) =>
  readMany(config, trustEntity, trustKey, (trust) => trust.uid, uids);
export const putTrusts = (config: StoreConfig, trusts: readonly TrustRecord[]) => putMany(config, trustEntity, trusts);
