// BatchWriteItem in chunks of 25, retrying unprocessed items with backoff until every item is written.

import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { backoff } from './backoff.js';
import type { StoredItem } from './entity.js';
import type { StoreConfig } from './store-config.js';

const MAX_ITEMS_PER_REQUEST = 25;
const MAX_ATTEMPTS = 10;

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } };

export async function batchPutAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: readonly StoredItem[],
  sleep?: (ms: number) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += MAX_ITEMS_PER_REQUEST) {
    let pending: WriteRequest[] = items
      .slice(start, start + MAX_ITEMS_PER_REQUEST)
      .map((item) => ({ PutRequest: { Item: item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= MAX_ATTEMPTS) {
        throw new Error(`BatchWriteItem left ${pending.length} items unprocessed after ${MAX_ATTEMPTS} attempts`);
      }
      if (attempt > 0) await backoff(attempt, 2000, sleep);
      const output = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (output.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    }
  }
}

/** Bulk writes for imports and seeding: items are written whole, with unprocessed items retried. */
export function putItems({ client, tableName }: StoreConfig, items: readonly StoredItem[]): Promise<void> {
  return batchPutAll(client, tableName, items);
}
