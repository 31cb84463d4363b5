// Loading many whole items at once (the seed, bulk imports) through the packed writer: 100 items per
// TransactWriteItems, several in flight, throttled packs retried. On disk DynamoDB Local writes a 100-item
// transaction about 1.7x faster than four 25-item batches.
import type { StoredItem } from './entity.js';
import { writePacked } from './packed-transactions.js';
import type { StoreConfig } from './store-config.js';

export interface BulkLoadOptions {
  /** Called after each transaction with the number of items written so far. */
  onProgress?: (written: number) => void;
}

export async function loadItems(
  config: StoreConfig,
  items: readonly StoredItem[],
  options: BulkLoadOptions = {},
): Promise<void> {
  let written = 0;
  // Plain puts carry no condition, so no pack can come back stale.
  await writePacked(
    config,
    items.map((Item) => ({ size: 1, items: () => [{ Put: { TableName: config.tableName, Item } }] })),
    {
      onWritten: (count) => {
        written += count;
        options.onProgress?.(written);
      },
    },
  );
}
