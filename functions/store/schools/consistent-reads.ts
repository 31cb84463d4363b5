// Strongly consistent reads for the read-decide-write cycle of a mutation.
import { awardEntity, awardKey, schoolEntity, schoolKey } from '../entities/index.js';
import { readItem } from '../dynamo/read-item.js';
import type { AwardRecord, SchoolRecord } from '../../core/records.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { batchGetAll, lookup } from '../dynamo/batch-get.js';

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
