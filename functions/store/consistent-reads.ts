// Strongly consistent reads for the read-decide-write cycle of a mutation.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AwardRecord, SchoolRecord } from '../core/records.js';
import type { StoreConfig } from './beacon-store.js';
import { batchGetAll, lookup } from './batch-get.js';
import { recordOf } from './items.js';
import { keys, type ItemKey } from './keys.js';

export async function readItem<T>({ client, tableName }: StoreConfig, key: ItemKey): Promise<T | null> {
  const output = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  return output.Item ? recordOf<T>(output.Item) : null;
}

export const readSchool = (config: StoreConfig, urn: string) => readItem<SchoolRecord>(config, keys.school(urn));

export async function readSchools(config: StoreConfig, urns: readonly string[]): Promise<SchoolRecord[]> {
  if (urns.length === 0) return [];
  const found = await batchGetAll(config.client, config.tableName, urns.map(keys.school), { consistentRead: true });
  return [...found.values()].map((item) => recordOf<SchoolRecord>(item));
}

export async function readAwards(config: StoreConfig, school: SchoolRecord): Promise<AwardRecord[]> {
  const awardKeys = school.awardIds.map((id) => keys.award(school.urn, id));
  const found = await batchGetAll(config.client, config.tableName, awardKeys, { consistentRead: true });
  return awardKeys.flatMap((key) => {
    const item = lookup(found, key);
    return item ? [recordOf<AwardRecord>(item)] : [];
  });
}
