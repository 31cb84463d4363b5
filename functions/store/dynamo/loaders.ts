// Per-request DataLoaders over item keys: every read by key in a request becomes one BatchGetItem.

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import DataLoader from 'dataloader';
import { batchGetAll, lookup } from './batch-get.js';
import type { ItemKey } from './entity.js';

/** Any item by key, as the request's key loader reads it. */
export type ItemLoad = (key: ItemKey) => Promise<Record<string, unknown> | null>;

/**
 * Every entity's loader reads through one loader of item keys, so reads by key of any entities asked for in the same
 * tick (a page's schools and their trusts) go out as one BatchGetItem.
 */
export function keyLoader(client: DynamoDBDocumentClient, tableName: string): ItemLoad {
  const keyText = (key: ItemKey) => JSON.stringify([key.pk, key.sk]);
  const loader = new DataLoader<string, Record<string, unknown> | null>(
    async (texts) => {
      const keys = texts.map((text) => {
        const [pk, sk] = JSON.parse(text) as [string, string];
        return { pk, sk };
      });
      const found = await batchGetAll(client, tableName, keys);
      return keys.map((key) => lookup(found, key) ?? null);
    },
    { maxBatchSize: 100 },
  );
  return (key: ItemKey) => loader.load(keyText(key));
}

export function itemLoader<T>(
  load: ItemLoad,
  keyOf: (id: string) => ItemKey | null,
  recordOf: (item: Record<string, unknown>) => T,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>((ids) =>
    Promise.all(
      ids.map(async (id) => {
        const key = keyOf(id);
        const item = key ? await load(key) : null;
        return item ? recordOf(item) : null;
      }),
    ),
  );
}

/** Loads many keys, rethrowing a failed read and leaving out records that do not exist. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const results = await loader.loadMany(ids);
  const records: T[] = [];
  for (const result of results) {
    if (result instanceof Error) throw result;
    if (result !== null) records.push(result);
  }
  return records;
}
