// Reference data (councils, trusts, agencies): whole-item puts, as GIAS publishes them.
import { agencyEntity, councilEntity, trustEntity, type StoredItem } from './entities/index.js';
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
