// What a search reads: every council, every trust and England's open schools by name, kept folded and in name order
// in this Lambda's memory between requests. Before each use the lists' stamps are read (one consistent query of ten
// tiny items); only shards whose stamp changed since are read again, in one consistent BatchGetItem. A write changes
// a shard and its stamp in one transaction, so a school renamed a moment ago is found by its new name at once.

import { type NameIndex, nameIndex, nameOrderKey, type TrustNameEntry } from '../../core/name-search.js';
import type { LocalAuthorityRecord } from '../../core/records.js';
import { schoolNameKey } from '../../core/school-order.js';
import { batchGetAll, lookup, type StoredItem } from '../dynamo/batch-get.js';
import { queryPages } from '../dynamo/query-pages.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { ENTRY_PREFIX } from '../rollups/keys.js';
import { type NameListName, STAMP_ATTRIBUTE, STAMP_PARTITION, stampGroups } from '../rollups/name-list-keys.js';
import { decodeLocalAuthority, decodeTrust } from './writes.js';

export interface NamedSchool {
  urn: string;
  name: string;
}

export interface NameLists {
  schools: NameIndex<NamedSchool>;
  localAuthorities: NameIndex<LocalAuthorityRecord>;
  trusts: NameIndex<TrustNameEntry>;
}

interface HeldGroup {
  token: string;
  items: StoredItem[];
}

interface TableCache {
  groups: Map<string, HeldGroup>;
  built: Map<NameListName, { signature: string; index: NameIndex<unknown> }>;
}

/** Tables whose lists this process keeps (one in a Lambda; a test process opens a table per file). */
const MAX_TABLES = 8;
const caches = new Map<string, TableCache>();

function cacheOf(tableName: string): TableCache {
  let cache = caches.get(tableName);
  if (!cache) {
    cache = { groups: new Map(), built: new Map() };
    caches.set(tableName, cache);
    for (const name of caches.keys()) if (caches.size > MAX_TABLES) caches.delete(name);
  }
  return cache;
}

const entriesOf = (items: readonly StoredItem[]): [string, string][] =>
  items.flatMap((item) =>
    Object.entries(item).flatMap(([name, value]) =>
      name.startsWith(ENTRY_PREFIX) && typeof value === 'string'
        ? [[name.slice(ENTRY_PREFIX.length), value] as [string, string]]
        : [],
    ),
  );

function buildIndex(list: NameListName, items: readonly StoredItem[]): NameIndex<unknown> {
  const entries = entriesOf(items);
  switch (list) {
    case 'schools':
      return nameIndex<NamedSchool>(
        entries.map(([urn, name]) => ({ urn, name })),
        schoolNameKey,
        (school) => school.name,
        (school) => [school.urn],
      ) as NameIndex<unknown>;
    case 'councils':
      return nameIndex<LocalAuthorityRecord>(
        entries.map(([code, value]) => decodeLocalAuthority(code, value)),
        (localAuthority) => nameOrderKey(localAuthority.name, localAuthority.code),
        (localAuthority) => localAuthority.name,
        (localAuthority) => [localAuthority.code],
      ) as NameIndex<unknown>;
    default:
      return nameIndex<TrustNameEntry>(
        entries.map(([uid, value]) => decodeTrust(uid, value)),
        (trust) => nameOrderKey(trust.name, trust.uid),
        (trust) => trust.name,
        (trust) => [trust.uid, trust.groupId],
      ) as NameIndex<unknown>;
  }
}

/** The name lists as they stand now: their stamps read, and only the shards whose stamps moved read again. */
export async function readNameLists(config: StoreConfig): Promise<NameLists> {
  const stamps = await queryPages(config.client, {
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': STAMP_PARTITION },
    ConsistentRead: true,
  });
  const tokens = new Map(stamps.map((item) => [String(item.sk), String(item[STAMP_ATTRIBUTE] ?? '')]));
  const cache = cacheOf(config.tableName);
  const groups = stampGroups().map((group) => ({ ...group, token: tokens.get(group.stampSk) ?? '' }));
  const stale = groups.filter((group) => cache.groups.get(group.stampSk)?.token !== group.token);
  const found =
    stale.length > 0
      ? await batchGetAll(
          config.client,
          config.tableName,
          stale.flatMap((group) => group.shards),
          { consistentRead: true },
        )
      : new Map<string, StoredItem>();
  // This answer is built from what it read itself; the cache only saves the next one reading it again.
  const held = new Map(
    groups.map((group) => {
      const cached = cache.groups.get(group.stampSk);
      if (cached?.token === group.token) return [group.stampSk, cached] as const;
      const loaded = { token: group.token, items: group.shards.flatMap((key) => lookup(found, key) ?? []) };
      cache.groups.set(group.stampSk, loaded);
      return [group.stampSk, loaded] as const;
    }),
  );
  const indexOf = (list: NameListName) => {
    const ofList = groups.filter((group) => group.list === list);
    const signature = ofList.map((group) => group.token).join('|');
    const built = cache.built.get(list);
    if (built?.signature === signature) return built.index;
    const index = buildIndex(
      list,
      ofList.flatMap((group) => held.get(group.stampSk)?.items ?? []),
    );
    cache.built.set(list, { signature, index });
    return index;
  };
  return {
    schools: indexOf('schools') as NameIndex<NamedSchool>,
    localAuthorities: indexOf('councils') as NameIndex<LocalAuthorityRecord>,
    trusts: indexOf('trusts') as NameIndex<TrustNameEntry>,
  };
}
