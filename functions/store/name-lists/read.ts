// What a search reads: every council, every trust and England's open schools (name, town, postcode, trust and
// predecessors), kept in this Lambda's memory between requests. Before each use the lists' stamps are read (one
// consistent query of ten tiny items); only shards whose stamp changed since are read again, in one consistent
// BatchGetItem. A write changes a shard and its stamp in one transaction, so a school renamed a moment ago is found by
// its new name at once. The indexes are built from the held lists on first use after their stamps change, never before
// a request needs them (a cold start builds none).

import { type NameIndex, nameIndex, nameOrderKey, type TrustNameEntry } from '../../core/name-search.js';
import { type RankedIndex, rankedIndex } from '../../core/ranked-search.js';
import type { LocalAuthorityRecord } from '../../core/records.js';
import { schoolNameKey } from '../../core/school-order.js';
import { decodeSchoolSearchEntry, type SchoolSearchEntry, schoolSearchDocument } from '../../core/search-entry.js';
import { batchGetAll, lookup, type StoredItem } from '../dynamo/batch-get.js';
import { queryPages } from '../dynamo/query-pages.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { ENTRY_PREFIX } from '../rollups/keys.js';
import { type NameListName, STAMP_ATTRIBUTE, STAMP_PARTITION, stampGroups } from '../rollups/name-list-keys.js';
import { decodeLocalAuthority, decodeTrust } from './writes.js';

export type NamedSchool = SchoolSearchEntry;

export interface NameLists {
  schools: NameIndex<NamedSchool>;
  localAuthorities: NameIndex<LocalAuthorityRecord>;
  trusts: NameIndex<TrustNameEntry>;
  /** The lists as search finds in them (names, former names, towns, postcodes, codes), ranked. */
  ranked: {
    schools: RankedIndex<NamedSchool>;
    localAuthorities: RankedIndex<LocalAuthorityRecord>;
    trusts: RankedIndex<TrustNameEntry>;
  };
  /** Open schools of each trust, counted from England's directory. */
  openSchoolsOfTrust(uid: string): number;
}

interface HeldGroup {
  token: string;
  items: StoredItem[];
}

interface TableCache {
  groups: Map<string, HeldGroup>;
  /** What was built from a list, by list and kind, with the stamps it was built at. */
  built: Map<string, { signature: string; value: unknown }>;
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

type Listed = NamedSchool | LocalAuthorityRecord | TrustNameEntry;

function recordsOf(list: NameListName, items: readonly StoredItem[]): Listed[] {
  const entries = entriesOf(items);
  if (list === 'schools') return entries.map(([urn, text]) => decodeSchoolSearchEntry(urn, text));
  if (list === 'councils') return entries.map(([code, value]) => decodeLocalAuthority(code, value));
  return entries.map(([uid, value]) => decodeTrust(uid, value));
}

const localAuthorityKey = (localAuthority: LocalAuthorityRecord) =>
  nameOrderKey(localAuthority.name, localAuthority.code);
const trustKey = (trust: TrustNameEntry) => nameOrderKey(trust.name, trust.uid);

const nameIndexes = {
  schools: (schools: NamedSchool[]) =>
    nameIndex(
      schools,
      schoolNameKey,
      (school) => school.name,
      (school) => [school.urn],
    ),
  localAuthorities: (localAuthorities: LocalAuthorityRecord[]) =>
    nameIndex(
      localAuthorities,
      localAuthorityKey,
      (localAuthority) => localAuthority.name,
      (localAuthority) => [localAuthority.code],
    ),
  trusts: (trusts: TrustNameEntry[]) =>
    nameIndex(
      trusts,
      trustKey,
      (trust) => trust.name,
      (trust) => [trust.uid, trust.groupId],
    ),
};

const rankedIndexes = {
  schools: (schools: NamedSchool[]) => rankedIndex(schools, schoolSearchDocument, schoolNameKey),
  localAuthorities: (localAuthorities: LocalAuthorityRecord[]) =>
    rankedIndex(
      localAuthorities,
      (localAuthority) => ({ name: localAuthority.name, codes: [localAuthority.code, localAuthority.onsCode] }),
      localAuthorityKey,
    ),
  trusts: (trusts: TrustNameEntry[]) =>
    rankedIndex(
      trusts,
      (trust) => ({ name: trust.name, formerNames: trust.formerNames, codes: [trust.uid, trust.groupId] }),
      trustKey,
    ),
};

function countByTrust(schools: readonly NamedSchool[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const school of schools)
    if (school.trustUid) counts.set(school.trustUid, (counts.get(school.trustUid) ?? 0) + 1);
  return counts;
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
  /** What `build` makes of a list, kept until the list's stamps change; made on first use only. */
  function builtOf<V>(list: NameListName, kind: string, build: (records: Listed[]) => V): V {
    const ofList = groups.filter((group) => group.list === list);
    const signature = ofList.map((group) => group.token).join('|');
    const key = `${list}#${kind}`;
    const built = cache.built.get(key);
    if (built?.signature === signature) return built.value as V;
    const records =
      kind === 'records'
        ? recordsOf(
            list,
            ofList.flatMap((group) => held.get(group.stampSk)?.items ?? []),
          )
        : builtOf(list, 'records', (listed) => listed);
    const value = build(records);
    cache.built.set(key, { signature, value });
    return value;
  }
  const schools = () => builtOf('schools', 'records', (records) => records) as NamedSchool[];
  const localAuthorities = () => builtOf('councils', 'records', (records) => records) as LocalAuthorityRecord[];
  const trusts = () => builtOf('trusts', 'records', (records) => records) as TrustNameEntry[];
  return {
    get schools() {
      return builtOf('schools', 'names', () => nameIndexes.schools(schools()));
    },
    get localAuthorities() {
      return builtOf('councils', 'names', () => nameIndexes.localAuthorities(localAuthorities()));
    },
    get trusts() {
      return builtOf('trusts', 'names', () => nameIndexes.trusts(trusts()));
    },
    ranked: {
      get schools() {
        return builtOf('schools', 'ranked', () => rankedIndexes.schools(schools()));
      },
      get localAuthorities() {
        return builtOf('councils', 'ranked', () => rankedIndexes.localAuthorities(localAuthorities()));
      },
      get trusts() {
        return builtOf('trusts', 'ranked', () => rankedIndexes.trusts(trusts()));
      },
    },
    openSchoolsOfTrust: (uid) => builtOf('schools', 'trusts', () => countByTrust(schools())).get(uid) ?? 0,
  };
}
