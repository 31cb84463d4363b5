// BatchGetItem in chunks of 100, retrying unprocessed keys with backoff until every key is answered.

import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import pMap from 'p-map';
import { backoff } from './backoff.js';
import type { ItemKey, StoredItem } from './entity.js';

export type { StoredItem };

const MAX_KEYS_PER_REQUEST = 100;
const MAX_ATTEMPTS = 8;
const READS_IN_FLIGHT = 8;

const keyString = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

export async function batchGetAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly ItemKey[],
  options: { consistentRead?: boolean; sleep?: (ms: number) => Promise<void> } = {},
): Promise<Map<string, StoredItem>> {
  const found = new Map<string, StoredItem>();
  const unique = [...new Map(keys.map((key) => [keyString(key), { pk: key.pk, sk: key.sk }])).values()];
  const chunks: ItemKey[][] = [];
  for (let start = 0; start < unique.length; start += MAX_KEYS_PER_REQUEST)
    chunks.push(unique.slice(start, start + MAX_KEYS_PER_REQUEST));
  // A few requests in flight: a national import reads tens of thousands of keys; one request's worth stays serial.
  await pMap(
    chunks,
    async (chunk) => {
      let pending: ItemKey[] = chunk;
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new Error(`BatchGetItem left ${pending.length} keys unprocessed after ${MAX_ATTEMPTS} attempts`);
        }
        if (attempt > 0) await backoff(attempt, 1000, options.sleep);
        const output = await client.send(
          new BatchGetCommand({
            RequestItems: { [tableName]: { Keys: pending, ConsistentRead: options.consistentRead } },
          }),
        );
        for (const item of output.Responses?.[tableName] ?? []) {
          const stored = item as StoredItem;
          found.set(keyString(stored), stored);
        }
        pending = (output.UnprocessedKeys?.[tableName]?.Keys ?? []) as ItemKey[];
      }
    },
    { concurrency: READS_IN_FLIGHT },
  );
  return found;
}

export function lookup(found: Map<string, StoredItem>, key: ItemKey): StoredItem | undefined {
  return found.get(keyString(key));
}
