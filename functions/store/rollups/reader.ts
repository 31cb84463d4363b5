// A request's reads of rollups: a council's, a trust's or England's tally, listings and directory.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import DataLoader from 'dataloader';
import { addTally, type Tally } from '../../core/inclusion-tally.js';
import {
  type CensusListing,
  decodeCensusListing,
  decodeListing,
  type SchoolListing,
} from '../../core/school-listing.js';
import { decodeSchoolSearchEntry } from '../../core/search-entry.js';
import { queryPages } from '../dynamo/query-pages.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import {
  CENSUS_DIRECTORY_PARTITION,
  COUNTER_PREFIX,
  ENGLAND_TALLY_PREFIX,
  ENTRY_PREFIX,
  listingPartition,
  type RollupScope,
  SHARD_PREFIX,
  tallyKey,
} from './keys.js';

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
  let censusDirectory: Promise<CensusListing[]> | undefined;
  return {
    tally: async (scope: RollupScope) => (await load(scope, 'tally')).tally,
    /** Every open school of England with its census percentages: one query of England's census directory. */
    censusDirectory: (): Promise<CensusListing[]> => {
      censusDirectory ??= queryPages(config.client, {
        TableName: config.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': CENSUS_DIRECTORY_PARTITION },
      }).then((items) => items.flatMap(entriesOf).map(([urn, text]) => decodeCensusListing(urn, text)));
      return censusDirectory;
    },
    /** Every open school of a council or trust as a listing. */
    listings: async (scope: RollupScope): Promise<SchoolListing[]> =>
      (await load(scope, 'entries')).entries.map(([urn, text]) => decodeListing(urn, text)),
    /** Every open school of England by URN and name. */
    directory: async (): Promise<{ urn: string; name: string }[]> =>
      (await load('england', 'entries')).entries.map(([urn, text]) => ({
        urn,
        name: decodeSchoolSearchEntry(urn, text).name,
      })),
  };
}
