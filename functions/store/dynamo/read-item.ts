// A strongly consistent read of one item, for the read-decide-write cycle of a mutation.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ItemKey } from './entity.js';
import type { StoreConfig } from './store-config.js';

/** The item at `key` as stored, or null; callers map it with its entity. */
export async function readItem(
  { client, tableName }: StoreConfig,
  key: ItemKey,
): Promise<Record<string, unknown> | null> {
  const output = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  return output.Item ?? null;
}
