// Every award of a school, read consistently, for the read-decide-write cycle of an award change.
import type { AwardRecord, SchoolRecord } from '../../core/records.js';
import { batchGetAll, lookup } from '../dynamo/batch-get.js';
import { type ItemLoad, itemLoader } from '../dynamo/loaders.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { recordKeyOf } from '../schools/record-ids.js';
import { awardEntity, awardKey } from './keys.js';

export async function readAwards(config: StoreConfig, school: SchoolRecord): Promise<AwardRecord[]> {
  const awardKeys = school.awardIds.map((id) => awardKey(school.urn, id));
  const found = await batchGetAll(config.client, config.tableName, awardKeys, { consistentRead: true });
  return awardKeys.flatMap((key) => {
    const item = lookup(found, key);
    return item ? [awardEntity.of(item)] : [];
  });
}

/** A request's loader of awards, keyed by award id (the id carries the URN). */
export const awardLoader = (load: ItemLoad) => itemLoader(load, recordKeyOf(awardKey), awardEntity.of);
