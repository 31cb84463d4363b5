// Puts that only land on the state the writer read: new items must not exist, changed items keep their version.
import type { StoredItem } from './batch-get.js';
import type { TransactItem } from './transact.js';

export function putNew(tableName: string, item: StoredItem): TransactItem {
  return { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } };
}

/** Replaces an item only while it still has the version the writer read. */
export function putIfVersion(tableName: string, item: StoredItem, readVersion: number): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: item,
      ConditionExpression: '#version = :readVersion',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':readVersion': readVersion },
    },
  };
}

/** New when `readVersion` is null, otherwise a versioned replace. */
export function putVersioned(tableName: string, item: StoredItem, readVersion: number | null): TransactItem {
  return readVersion === null ? putNew(tableName, item) : putIfVersion(tableName, item, readVersion);
}
