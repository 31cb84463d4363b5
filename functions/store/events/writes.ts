// Change events written with the write that causes them: items for a transaction (or a bulk load), each keyed by
// its id so the same change written twice is one event, keeping the moment Beacon first learned it.
import { type ChangeRecord, uniqueChanges } from '../../core/change-feed.js';
import type { StoredItem } from '../dynamo/entity.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { type TransactItem, transactWrite } from '../dynamo/transact.js';
import { changeEntity, learnedChangeEntity, relatedChangeEntity } from './keys.js';

/** Every item of these changes: each change's own, and a conversion's copy under the other school. */
export function changeItems(changes: readonly ChangeRecord[]): StoredItem[] {
  return uniqueChanges(changes).flatMap((change) => [
    changeEntity.item(change),
    ...(change.relatedUrn && change.relatedUrn !== change.urn ? [relatedChangeEntity.item(change)] : []),
  ]);
}

/** How many transaction items the changes take (their learned copies too), without building them. */
export const changeItemCount = (changes: readonly ChangeRecord[]) =>
  changeItems(changes).length + uniqueChanges(changes).length;

/**
 * An upsert rather than a put: no condition (a repeat must not cancel the write it rides with), and recordedAt
 * stays the first one's.
 */
function upsert(tableName: string, item: StoredItem, keepAll = false): TransactItem {
  const { pk, sk, recordedAt, ...rest } = item;
  const names: Record<string, string> = { '#recordedAt': 'recordedAt' };
  const values: Record<string, unknown> = { ':recordedAt': recordedAt };
  const sets = Object.entries(rest).map(([name, value], index) => {
    names[`#a${index}`] = name;
    values[`:a${index}`] = value;
    return keepAll ? `#a${index} = if_not_exists(#a${index}, :a${index})` : `#a${index} = :a${index}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: { pk, sk },
      UpdateExpression: `SET ${[...sets, '#recordedAt = if_not_exists(#recordedAt, :recordedAt)'].join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * The transaction items that record these changes, and each one's learned copy (for the weekly digest), which
 * keeps everything of the first write: its place in the learned lists is the moment Beacon first learned it.
 */
export const changePuts = (tableName: string, changes: readonly ChangeRecord[]): TransactItem[] => [
  ...changeItems(changes).map((item) => upsert(tableName, item)),
  ...uniqueChanges(changes).map((change) => upsert(tableName, learnedChangeEntity.item(change), true)),
];

/** Transactions of up to 100 items: a change takes two or three (itself, its learned copy, a conversion's copy). */
const CHANGES_PER_TRANSACTION = 33;

/**
 * Changes recorded on their own, after the write that caused them (an indicator import's, whose merges are per
 * indicator and whose changes are per council): each is an upsert by id, so writing them again adds nothing.
 */
export async function recordChanges(config: StoreConfig, changes: readonly ChangeRecord[]): Promise<void> {
  const unique = uniqueChanges(changes);
  for (let start = 0; start < unique.length; start += CHANGES_PER_TRANSACTION) {
    const chunk = unique.slice(start, start + CHANGES_PER_TRANSACTION);
    await transactWrite(config.client, changePuts(config.tableName, chunk));
  }
}
