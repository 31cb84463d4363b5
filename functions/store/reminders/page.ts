// A page of a school's, trust's or council's reminders: one Query on the list index, newest first.

import { cursorCodec } from '../../core/cursor.js';
import { badInput } from '../../core/errors.js';
import type { ReminderQuery } from '../../core/reminder-input.js';
import type { ReminderRecord } from '../../core/reminders.js';
import { queryPages } from '../dynamo/query-pages.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { indexDesign } from '../dynamo/table-design.js';
import { reminderEntity, reminderList, reminderListKey } from './keys.js';

export interface ReminderPage {
  edges: { cursor: string; node: ReminderRecord }[];
  hasNextPage: boolean;
}

const cursors = cursorCodec('r');

/**
 * Status and acknowledgement are filters, so a page may take more than one Query to fill (and to know if more follow).
 */
export async function reminderPage(
  { client, tableName }: StoreConfig,
  query: ReminderQuery,
  first: number,
  after?: string | null,
): Promise<ReminderPage> {
  const { indexName, partition } = reminderList(query.scope);
  const index = indexDesign(indexName);
  let startKey: Record<string, unknown> | undefined;
  if (after) {
    const key = reminderListKey(indexName, partition, cursors.decode(after));
    if (!key)
      throw badInput(`The cursor is not one this API issued; pass an endCursor from a previous page.`, {
        argument: 'after',
      });
    startKey = key;
  }
  const filters: string[] = [];
  const names: Record<string, string> = { '#pk': index.partitionKey, ...(query.since ? { '#sk': index.sortKey } : {}) };
  const values: Record<string, unknown> = { ':pk': partition };
  if (query.status) {
    filters.push('#status = :status');
    names['#status'] = 'status';
    values[':status'] = query.status;
  }
  if (query.acknowledged !== undefined)
    filters.push(query.acknowledged ? 'attribute_exists(acknowledgedAt)' : 'attribute_not_exists(acknowledgedAt)');
  if (query.since) values[':since'] = query.since;

  const items = await queryPages(
    client,
    {
      TableName: tableName,
      IndexName: indexName,
      KeyConditionExpression: query.since ? '#pk = :pk AND #sk >= :since' : '#pk = :pk',
      FilterExpression: filters.length ? filters.join(' AND ') : undefined,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
      // One more than the page tells whether a next page exists; filtered reads fetch more per request.
      Limit: filters.length ? Math.max(50, first + 1) : first + 1,
      ExclusiveStartKey: startKey,
    },
    (read) => read.length > first,
  );

  const page = items.slice(0, first);
  return {
    edges: page.map((item) => ({ cursor: cursors.encode(String(item[index.sortKey])), node: reminderEntity.of(item) })),
    hasNextPage: items.length > first,
  };
}
