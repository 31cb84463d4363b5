// Reference data (councils, trusts, agencies): whole-item puts, as GIAS publishes them.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalAuthorityRecord, PartnerAgencyRecord, TrustRecord } from '../core/records.js';
import type { StoreConfig } from './beacon-store.js';
import type { StoredItem } from './batch-get.js';
import { agencyItem, localAuthorityItem, trustItem } from './items.js';

async function put<T>(config: StoreConfig, item: StoredItem, record: T): Promise<T> {
  await config.client.send(new PutCommand({ TableName: config.tableName, Item: item }));
  return record;
}

export const upsertLocalAuthority = (config: StoreConfig, record: LocalAuthorityRecord) =>
  put(config, localAuthorityItem(record), record);
export const upsertTrust = (config: StoreConfig, record: TrustRecord) => put(config, trustItem(record), record);
export const upsertAgency = (config: StoreConfig, record: PartnerAgencyRecord) =>
  put(config, agencyItem(record), record);
