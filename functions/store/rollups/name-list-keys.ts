// What every search reads, kept small: England's name directory (keys.ts), every council and every trust as compact
// name lists, and a stamp per group of list items that changes in the same write as any item of its group. A search
// reads the stamps (one query of ten tiny items) and, in a warm Lambda, nothing else of the lists (name-lists/read.ts).
import type { ItemKey } from '../dynamo/entity.js';
import { DIRECTORY_SHARDS, listingPartition, SHARD_PREFIX, shardOf, shardSortKey } from './keys.js';

// The names are stored (a stamp's sort key is `councils#0`), so this one keeps the word code no longer uses.
export type NameListName = 'schools' | 'councils' | 'trusts';

interface NameListDesign {
  partition: string;
  shards: number;
  /** Stamps of the list: its shard n is stamped by stamp n mod `stamps`. */
  stamps: number;
}

/**
 * Schools: England's directory (64 shards). Councils: 153 records of ~60 bytes, one item. Trusts: 2,084 entries of
 * ~70 bytes in eight items of ~20 KB. The directory's eight stamps follow its shards, so a write contends with an
 * eighth of England's directory, as with England's tally.
 */
export const NAME_LISTS: Record<NameListName, NameListDesign> = {
  schools: { partition: listingPartition('england'), shards: DIRECTORY_SHARDS, stamps: 8 },
  councils: { partition: 'LISTING#COUNCILS', shards: 1, stamps: 1 },
  trusts: { partition: 'LISTING#TRUSTS', shards: 8, stamps: 1 },
};

export const NAME_LIST_NAMES = Object.keys(NAME_LISTS) as NameListName[];

export const nameListShardKey = (list: NameListName, id: string): ItemKey => ({
  pk: NAME_LISTS[list].partition,
  sk: shardSortKey(shardOf(id, NAME_LISTS[list].shards)),
});

/** Every shard item of a list, in order. */
export const nameListShardKeys = (list: NameListName): ItemKey[] =>
  Array.from({ length: NAME_LISTS[list].shards }, (_, shard) => ({
    pk: NAME_LISTS[list].partition,
    sk: shardSortKey(shard),
  }));

export const STAMP_PARTITION = 'SEARCH#STAMPS';
export const STAMP_ATTRIBUTE = 'stamp';

const stampSk = (list: NameListName, stamp: number) => `${list}#${stamp}`;

/** The stamp of the list shard item `shardKey` (a key of `nameListShardKey`), or null when it is no list's shard. */
export function stampKeyOf(shardKey: ItemKey): ItemKey | null {
  for (const list of NAME_LIST_NAMES) {
    const design = NAME_LISTS[list];
    if (shardKey.pk !== design.partition || !shardKey.sk.startsWith(SHARD_PREFIX)) continue;
    const shard = Number(shardKey.sk.slice(SHARD_PREFIX.length));
    return { pk: STAMP_PARTITION, sk: stampSk(list, shard % design.stamps) };
  }
  return null;
}

/** The stamp groups of every list: each stamp's sort key with the shard items it stamps. */
export function stampGroups(): { list: NameListName; stampSk: string; shards: ItemKey[] }[] {
  return NAME_LIST_NAMES.flatMap((list) =>
    Array.from({ length: NAME_LISTS[list].stamps }, (_, stamp) => ({
      list,
      stampSk: stampSk(list, stamp),
      shards: nameListShardKeys(list).filter((_key, shard) => shard % NAME_LISTS[list].stamps === stamp),
    })),
  );
}
