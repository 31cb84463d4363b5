import { conflict, notFound } from '../../core/errors.js';
import type { SchoolRecord } from '../../core/records.js';
import { batchGetAll } from '../dynamo/batch-get.js';
import { readItem } from '../dynamo/read-item.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { schoolEntity, schoolKey } from './keys.js';

export async function readSchool(config: StoreConfig, urn: string): Promise<SchoolRecord | null> {
  const item = await readItem(config, schoolKey(urn));
  return item ? schoolEntity.of(item) : null;
}

export async function readSchools(config: StoreConfig, urns: readonly string[]): Promise<SchoolRecord[]> {
  if (urns.length === 0) return [];
  const found = await batchGetAll(config.client, config.tableName, urns.map(schoolKey), { consistentRead: true });
  return [...found.values()].map((item) => schoolEntity.of(item));
}

/** The school, read consistently; NOT_FOUND when Beacon does not hold it. */
export async function existingSchool(config: StoreConfig, urn: string): Promise<SchoolRecord> {
  const school = await readSchool(config, urn);
  if (!school) throw notFound(`No school with URN ${urn} is held by Beacon.`);
  return school;
}

/** A write that kept meeting a concurrent change. */
export const busy = (what: string) => conflict(`${what} is being changed by someone else right now; please try again.`);
