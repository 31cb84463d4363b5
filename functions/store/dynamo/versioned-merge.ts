// Read-merge-write of whole items that several imports change at once (an indicator's item holds every file's
// figures): each write lands only on the version it read; a stale one is re-read, re-merged and sent again, so
// concurrent writers never lose each other's changes.
import pMap from 'p-map';
import { batchGetAll, lookup } from './batch-get.js';
import type { Entity, ItemKey, StoredItem } from './entity.js';
import { readItem } from './read-item.js';
import type { StoreConfig } from './store-config.js';
import { type TransactItem, transactWrite, withFreshReads } from './transact.js';
import { putIfVersion, putNew } from './versioned-put.js';

const WRITES_IN_FLIGHT = 4;

/** An item written before it had a version (a table loaded before versions) is taken as version 0. */
function putOnRead(tableName: string, item: StoredItem, read: Record<string, unknown> | null): TransactItem {
  if (read === null) return putNew(tableName, item);
  if (typeof read.version === 'number') return putIfVersion(tableName, item, read.version);
  const put = putIfVersion(tableName, item, 0).Put;
  return { Put: put && { ...put, ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#version)' } };
}

const versionOf = (read: Record<string, unknown> | null) =>
  read && typeof read.version === 'number' ? read.version : 0;

/**
 * For each key, `merge` gets the record as stored (undefined when new) and returns what to write, or null to leave
 * it. `merge` may run more than once for a key (after another writer changed it), always on the latest state.
 * Returns the records that were written, in `keys`' order.
 */
export async function mergeVersioned<R extends object>(
  config: StoreConfig,
  entity: Entity<R>,
  keys: readonly ItemKey[],
  merge: (before: R | undefined, key: ItemKey) => R | null,
): Promise<R[]> {
  const first = await batchGetAll(config.client, config.tableName, keys, { consistentRead: true });
  const written = await pMap(
    keys,
    async (key) => {
      let read: Record<string, unknown> | null = lookup(first, key) ?? null;
      let fresh = true;
      return withFreshReads(
        async () => {
          if (!fresh) read = await readItem(config, key);
          fresh = false;
          const record = merge(read ? entity.of(read) : undefined, key);
          if (record === null) return null;
          const item = entity.item(record, { version: versionOf(read) + 1 });
          await transactWrite(config.client, [putOnRead(config.tableName, item, read)]);
          return record;
        },
        () =>
          new Error(
            `${entity.name} ${key.pk} kept changing under this import (another import is writing it): ` +
              'this import’s figures for it were not written; run the import again.',
          ),
      );
    },
    { concurrency: WRITES_IN_FLIGHT },
  );
  return written.filter((record): record is Awaited<R> => record !== null) as R[];
}
