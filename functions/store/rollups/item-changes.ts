// Changes to kept items (rollups, name lists, their stamps) as DynamoDB updates: counters added, entries set or
// removed, so writers that touch the same item commute and never overwrite each other's entries.
import { randomUUID } from 'node:crypto';
import type { Tally } from '../../core/inclusion-tally.js';
import type { EntityName, ItemKey, StoredItem } from '../dynamo/entity.js';
import type { TransactItem } from '../dynamo/transact.js';
import { counterAttribute } from './keys.js';
import { STAMP_ATTRIBUTE, stampKeyOf } from './name-list-keys.js';

export interface ItemChange {
  key: ItemKey;
  entity: EntityName;
  counters: Tally;
  set: Map<string, string>;
  remove: Set<string>;
}

export const keyText = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

export const entryChange = (key: ItemKey, entity: EntityName): ItemChange => ({
  key,
  entity,
  counters: {},
  set: new Map(),
  remove: new Set(),
});

/**
 * The changes with a new stamp for each name list shard they change, so a reader that keeps the lists in memory
 * sees, from the stamps alone, which shards to read again.
 */
export function withStamps(changes: readonly ItemChange[]): ItemChange[] {
  const stamps = new Map<string, ItemChange>();
  const token = randomUUID();
  for (const change of changes) {
    const stampKey = stampKeyOf(change.key);
    if (!stampKey || (change.set.size === 0 && change.remove.size === 0)) continue;
    const stamp = entryChange(stampKey, 'SearchStamp');
    stamp.set.set(STAMP_ATTRIBUTE, token);
    stamps.set(keyText(stampKey), stamp);
  }
  return [...changes, ...stamps.values()];
}

/** One Update per changed item. */
export function itemUpdates(tableName: string, changes: readonly ItemChange[]): TransactItem[] {
  return changes.map((change) => {
    const names: Record<string, string> = { '#entity': 'entity' };
    const values: Record<string, unknown> = { ':entity': change.entity };
    const sets = ['#entity = :entity'];
    const adds: string[] = [];
    const removes: string[] = [];
    let n = 0;
    for (const [attribute, value] of change.set) {
      names[`#a${n}`] = attribute;
      values[`:a${n}`] = value;
      sets.push(`#a${n} = :a${n}`);
      n += 1;
    }
    for (const [counter, count] of Object.entries(change.counters)) {
      names[`#a${n}`] = counterAttribute(counter);
      values[`:a${n}`] = count;
      adds.push(`#a${n} :a${n}`);
      n += 1;
    }
    for (const attribute of change.remove) {
      names[`#a${n}`] = attribute;
      removes.push(`#a${n}`);
      n += 1;
    }
    const expression = [
      `SET ${sets.join(', ')}`,
      adds.length > 0 ? `ADD ${adds.join(', ')}` : '',
      removes.length > 0 ? `REMOVE ${removes.join(', ')}` : '',
    ].join(' ');
    return {
      Update: {
        TableName: tableName,
        Key: change.key,
        UpdateExpression: expression.trim(),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  });
}

/** The changed items whole, as if they started empty: for loading an empty table (the seed, generated data). */
export function wholeItems(changes: readonly ItemChange[]): StoredItem[] {
  return changes.map((change) => ({
    ...change.key,
    entity: change.entity,
    ...Object.fromEntries(change.set),
    ...Object.fromEntries(
      Object.entries(change.counters).map(([counter, count]) => [counterAttribute(counter), count]),
    ),
  }));
}
