// Inspections read: by id through the request's key loader, or consistently by id for an import.
import type { InspectionRecord } from '../../core/records.js';
import { batchGetAll } from '../dynamo/batch-get.js';
import { type ItemLoad, itemLoader } from '../dynamo/loaders.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { recordKeyOf } from '../schools/record-ids.js';
import { inspectionEntity, inspectionKey } from './keys.js';

/** A request's loader of inspections, keyed by inspection id (the id carries the URN). */
export const inspectionLoader = (load: ItemLoad) => itemLoader(load, recordKeyOf(inspectionKey), inspectionEntity.of);

/** The inspections of these ids, by id (a school's same-day records, to tell a repeat visit from a new one). */
export async function readInspections(
  config: StoreConfig,
  ids: readonly { urn: string; id: string }[],
): Promise<InspectionRecord[]> {
  const found = await batchGetAll(
    config.client,
    config.tableName,
    ids.map(({ urn, id }) => inspectionKey(urn, id)),
    { consistentRead: true },
  );
  return [...found.values()].map((item) => inspectionEntity.of(item));
}
