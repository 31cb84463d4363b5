// Reference data (councils, trusts, agencies): whole-item puts as GIAS publishes them, and councils read and
// written in bulk for imports.
import { agencyEntity, councilEntity, councilKey, trustEntity, type StoredItem } from './entities/index.js';
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

/** The councils Beacon holds among `codes`, as stored (one consistent batch read per 100). */
export async function readCouncils(
  config: StoreConfig,
  codes: Iterable<string>,
): Promise<Map<string, LocalAuthorityRecord>> {
  const found = await batchGetAll(config.client, config.tableName, [...new Set(codes)].map(councilKey), {
    consistentRead: true,
  });
  return new Map([...found.values()].map((item) => [String(item.code), councilEntity.of(item)]));
}

/** Councils written whole, in batches (an import's added and changed rows). */
export function putCouncils(config: StoreConfig, councils: readonly LocalAuthorityRecord[]): Promise<void> {
  return batchPutAll(
    config.client,
    config.tableName,
    councils.map((council) => councilEntity.item(council)),
  );
}
