// Strongly consistent reads for the read-decide-write cycle of a mutation.
import { awardEntity, awardKey, schoolEntity, schoolKey, type ItemKey } from './entities/index.js';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AwardRecord, SchoolRecord } from '../core/records.js';
import type { StoreConfig } from './beacon-store.js';
import { batchGetAll, lookup } from './dynamo/batch-get.js';

/** The item at `key` as stored, or null; callers map it with its entity. */
export async function readItem(
  { client, tableName }: StoreConfig,
  key: ItemKey,
): Promise<Record<string, unknown> | null> {
  const output = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  return output.Item ?? null;
}

export async function readSchool(config: StoreConfig, urn: string): Promise<SchoolRecord | null> {
  const item = await readItem(config, schoolKey(urn));
  return item ? schoolEntity.of(item) : null;
}

export async function readSchools(config: StoreConfig, urns: readonly string[]): Promise<SchoolRecord[]> {
  if (urns.length === 0) return [];
  const found = await batchGetAll(config.client, config.tableName, urns.map(schoolKey), { consistentRead: true });
  return [...found.values()].map((item) => schoolEntity.of(item));
}

export async function readAwards(config: StoreConfig, school: SchoolRecord): Promise<AwardRecord[]> {
  const awardKeys = school.awardIds.map((id) => awardKey(school.urn, id));
  const found = await batchGetAll(config.client, config.tableName, awardKeys, { consistentRead: true });
  return awardKeys.flatMap((key) => {
    const item = lookup(found, key);
    return item ? [awardEntity.of(item)] : [];
  });
}
