// The audit trail: one item per accepted change, under the school's partition, newest first by sort key.

import { randomBytes } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ChangeContext, HistoryRecord } from '../../core/change.js';
import { cursorCodec } from '../../core/cursor.js';
import { schoolPartition } from '../dynamo/entity.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import type { TransactItem } from '../dynamo/transact.js';
import { HISTORY_SORT_KEY, historyEntity, historyPrefix } from './keys.js';

export function historyPut(tableName: string, entry: HistoryRecord): TransactItem {
  // Callers spread their change context in; an import's file is its change events' business, not the entry's.
  const { importedFrom: _importedFrom, ...kept } = entry as HistoryRecord & Pick<ChangeContext, 'importedFrom'>;
  return { Put: { TableName: tableName, Item: historyEntity.item(kept, randomBytes(4).toString('hex')) } };
}

export interface HistoryPage {
  entries: { cursor: string; entry: HistoryRecord }[];
  hasNextPage: boolean;
}

// A well-formed token for a made-up key would reach DynamoDB as a bad ExclusiveStartKey: check the key's shape too.
const cursors = cursorCodec('h', (sortKey) => HISTORY_SORT_KEY.test(sortKey));

/** One page of a school's history, read with a single Query (one more item tells whether a next page exists). */
export async function historyPage(
  { client, tableName }: StoreConfig,
  urn: string,
  first: number,
  after?: string | null,
): Promise<HistoryPage> {
  const output = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': schoolPartition(urn), ':prefix': historyPrefix },
      ScanIndexForward: false,
      Limit: first + 1,
      ExclusiveStartKey: after ? { pk: schoolPartition(urn), sk: cursors.decode(after) } : undefined,
    }),
  );
  const items = output.Items ?? [];
  return {
    entries: items
      .slice(0, first)
      .map((item) => ({ cursor: cursors.encode(String(item.sk)), entry: historyEntity.of(item) })),
    hasNextPage: items.length > first,
  };
}
