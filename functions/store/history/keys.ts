// The audit trail: one item per accepted change, under the school's partition.
import type { HistoryRecord } from '../../core/change.js';
import { defineEntity, type ItemKey, schoolPartition } from '../dynamo/entity.js';

export const historyPrefix = 'HISTORY#';
export const historyKey = (urn: string, at: string, unique: string): ItemKey => ({
  pk: schoolPartition(urn),
  sk: `${historyPrefix}${at}#${unique}`,
});
/** A history sort key as the store writes it (ISO instant, 8 hex characters); a cursor must name one. */
export const HISTORY_SORT_KEY = /^HISTORY#\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z#[0-9a-f]{8}$/;

const historyEntries = defineEntity<HistoryRecord>({
  name: 'History',
  key: (entry) => historyKey(entry.urn, entry.at, ''),
});

export const historyEntity = {
  /** `unique` keeps two changes in the same millisecond apart. */
  item: (entry: HistoryRecord, unique: string) => ({
    ...historyEntries.item(entry),
    ...historyKey(entry.urn, entry.at, unique),
  }),
  of: historyEntries.of,
};
