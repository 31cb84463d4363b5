// Keeps the rollups (entities/rollup.ts) in step with school writes, and reads them. A write passes the schools it
// changes (before and after); the rollup updates go in its own transaction, one update per item touched however
// many of its schools the write changes, so a dashboard or a list never disagrees with the schools.
import {
  ENGLAND_TALLY_PREFIX,
  COUNTER_PREFIX,
  ENTRY_PREFIX,
  englandTallyKey,
  entryAttribute,
  listingPartition,
  listingShardKey,
  SHARD_PREFIX,
  schoolEntity,
  tallyKey,
  type EntityName,
  type ItemKey,
  type RollupScope,
  type StoredItem,
} from '../entities/index.js';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import DataLoader from 'dataloader';
import { addTally, tallyChange, tallyOf, type Tally } from '../../core/inclusion-tally.js';
import type { SchoolRecord } from '../../core/records.js';
import { decodeListing, encodeListing, listingOf, type SchoolListing } from '../../core/school-listing.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { queryPages } from '../dynamo/query-pages.js';
import type { TransactItem } from '../dynamo/transact.js';
import { putVersioned } from '../dynamo/versioned-put.js';
import type { MergedWrites } from '../dynamo/packed-transactions.js';
import { entryChange, itemUpdates, keyText, wholeItems, withStamps, type ItemChange } from './item-changes.js';

/** A school as a write found it and as it leaves it (null: not there). */
export interface SchoolChange {
  before: SchoolRecord | null;
  after: SchoolRecord;
}

interface RollupPart {
  key: ItemKey;
  entity: EntityName;
  tally?: Tally;
  entry?: { attribute: string; value: string };
}

/** What an open school adds to each rollup; a closed school adds nothing. */
function partsOf(school: SchoolRecord | null): RollupPart[] {
  if (!school || school.closedOn) return [];
  const tally = tallyOf(school);
  const listing = encodeListing(listingOf(school));
  const scopes: { scope: RollupScope; entity: EntityName }[] = [
    { scope: { council: school.laCode }, entity: 'CouncilTally' },
    ...(school.trustUid ? [{ scope: { trust: school.trustUid }, entity: 'TrustTally' as const }] : []),
  ];
  const attribute = entryAttribute(school.urn);
  return [
    ...scopes.flatMap(({ scope, entity }) => [
      { key: tallyKey(scope), entity, tally },
      { key: listingShardKey(scope, school.urn), entity: 'Listing' as const, entry: { attribute, value: listing } },
    ]),
    { key: englandTallyKey(school.laCode), entity: 'EnglandTally' as const, tally },
    {
      key: listingShardKey('england', school.urn),
      entity: 'Directory' as const,
      entry: { attribute, value: school.name },
    },
  ];
}

function itemChanges(changes: readonly { before: SchoolRecord | null; after: SchoolRecord | null }[]): ItemChange[] {
  const byItem = new Map<string, ItemChange>();
  const changeOf = (part: RollupPart) => {
    const text = keyText(part.key);
    let change = byItem.get(text);
    if (!change) {
      change = entryChange(part.key, part.entity);
      byItem.set(text, change);
    }
    return change;
  };
  const entries = (parts: RollupPart[]) =>
    new Map(parts.flatMap((part) => (part.entry ? [[keyText(part.key), part.entry.value] as const] : [])));
  for (const { before, after } of changes) {
    const previous = partsOf(before);
    const next = partsOf(after);
    const previousEntries = entries(previous);
    const nextEntries = entries(next);
    for (const part of previous) {
      if (part.tally) addTally(changeOf(part).counters, part.tally, -1);
      if (part.entry && !nextEntries.has(keyText(part.key))) changeOf(part).remove.add(part.entry.attribute);
    }
    for (const part of next) {
      if (part.tally) addTally(changeOf(part).counters, part.tally);
      if (part.entry && previousEntries.get(keyText(part.key)) !== part.entry.value)
        changeOf(part).set.set(part.entry.attribute, part.entry.value);
    }
  }
  return withStamps(
    [...byItem.values()]
      .map((change) => ({ ...change, counters: tallyChange({}, change.counters) }))
      .filter((change) => Object.keys(change.counters).length > 0 || change.set.size > 0 || change.remove.size > 0),
  );
}

/** The rollup items a write of these changes touches (for sizing a packed transaction). */
export const rollupItemKeys = (changes: readonly SchoolChange[]): string[] =>
  itemChanges(changes).map((change) => keyText(change.key));

/** One Update per rollup item the changes touch: counters added, school entries set or removed. */
export const rollupWrites = (tableName: string, changes: readonly SchoolChange[]): TransactItem[] =>
  itemUpdates(tableName, itemChanges(changes));

/** The rollup items of these schools, whole: for loading an empty table (the seed, generated data). */
export const rollupItems = (schools: readonly SchoolRecord[]): StoredItem[] =>
  wholeItems(itemChanges(schools.map((after) => ({ before: null, after }))));

const countersOf = (item: Record<string, unknown>): Tally =>
  Object.fromEntries(
    Object.entries(item).flatMap(([name, value]) =>
      name.startsWith(COUNTER_PREFIX) && typeof value === 'number' ? [[name.slice(COUNTER_PREFIX.length), value]] : [],
    ),
  );

const entriesOf = (item: Record<string, unknown>): [string, string][] =>
  Object.entries(item).flatMap(([name, value]) =>
    name.startsWith(ENTRY_PREFIX) && typeof value === 'string' ? [[name.slice(ENTRY_PREFIX.length), value]] : [],
  );

async function readTally(config: StoreConfig, scope: RollupScope): Promise<Tally> {
  const { Item } = await config.client.send(new GetCommand({ TableName: config.tableName, Key: tallyKey(scope) }));
  return Item ? countersOf(Item) : {};
}

/** England's tally: its shards added up (one query of eight small items, whatever the number of schools). */
export async function readEnglandTally(config: StoreConfig): Promise<Tally> {
  const items = await queryPages(config.client, {
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :tally)',
    ExpressionAttributeValues: { ':pk': listingPartition('england'), ':tally': ENGLAND_TALLY_PREFIX },
  });
  const total: Tally = {};
  for (const item of items) addTally(total, countersOf(item));
  return total;
}

interface RollupRead {
  tally: Tally;
  entries: [string, string][];
}

/** The scope's listing shards, and its tally when `withTally` (one query either way). */
async function readPartition(config: StoreConfig, scope: RollupScope, withTally: boolean): Promise<RollupRead> {
  const items = await queryPages(config.client, {
    TableName: config.tableName,
    KeyConditionExpression: withTally ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :shards)',
    ExpressionAttributeValues: { ':pk': listingPartition(scope), ...(withTally ? {} : { ':shards': SHARD_PREFIX }) },
  });
  const tally = items.find((item) => item.sk === tallyKey(scope).sk);
  return { tally: tally ? countersOf(tally) : {}, entries: items.flatMap(entriesOf) };
}

type Want = 'tally' | 'entries';

/**
 * A request's reads of rollups. Reads asked for in the same tick are made together: a scope whose tally and listings
 * are both wanted (a dashboard with its list) is one query; its tally alone is one GetItem, its listings alone one
 * query of the shards.
 */
export function createRollupReader(config: StoreConfig) {
  const scopes = new Map<string, RollupScope>();
  const loader = new DataLoader<string, RollupRead>(async (keys) => {
    const wanted = new Map<string, Set<Want>>();
    for (const key of keys) {
      const [text, want] = JSON.parse(key) as [string, Want];
      wanted.set(text, (wanted.get(text) ?? new Set()).add(want));
    }
    const reads = new Map<string, Promise<RollupRead>>();
    for (const [text, wants] of wanted) {
      const scope = scopes.get(text) as RollupScope;
      reads.set(
        text,
        wants.has('entries')
          ? readPartition(config, scope, wants.has('tally'))
          : readTally(config, scope).then((tally) => ({ tally, entries: [] })),
      );
    }
    return Promise.all(keys.map((key) => reads.get((JSON.parse(key) as [string])[0]) as Promise<RollupRead>));
  });
  const load = (scope: RollupScope, want: Want) => {
    const text = listingPartition(scope);
    scopes.set(text, scope);
    return loader.load(JSON.stringify([text, want]));
  };
  return {
    tally: async (scope: RollupScope) => (await load(scope, 'tally')).tally,
    /** Every open school of a council or trust as a listing. */
    listings: async (scope: RollupScope): Promise<SchoolListing[]> =>
      (await load(scope, 'entries')).entries.map(([urn, text]) => decodeListing(urn, text)),
    /** Every open school of England by URN and name. */
    directory: async (): Promise<{ urn: string; name: string }[]> =>
      (await load('england', 'entries')).entries.map(([urn, name]) => ({ urn, name })),
  };
}

/** The school items of a write, each version-checked against the copy read, with the rollup updates they make. */
export function schoolPuts(
  tableName: string,
  changes: readonly { before: SchoolRecord | null; after: SchoolRecord }[],
) {
  return [
    ...changes.map(({ before, after }) => putVersioned(tableName, schoolEntity.item(after), before?.version ?? null)),
    ...rollupWrites(tableName, changes),
  ];
}

/** Schools written many to a packed transaction: each version-checked, their rollup updates merged across the pack. */
export const schoolWrites: MergedWrites<SchoolChange> = { sharedKeys: rollupItemKeys, items: schoolPuts };
