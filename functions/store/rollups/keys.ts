// Rollups of open schools, kept in the same transaction as every school write: a council's and a trust's tally
// (dashboards, totals) and listings (filtered or sorted lists), and England's name directory (search). Each school is
// one attribute of a shard item, so a school's change updates a few small items and a list reads a few items.
import type { ItemKey } from '../dynamo/entity.js';

export type RollupScope = { localAuthority: string } | { trust: string } | 'england';

const scopeName = (scope: RollupScope) =>
  scope === 'england' ? 'ENGLAND' : 'localAuthority' in scope ? `LA#${scope.localAuthority}` : `TRUST#${scope.trust}`;

/**
 * Listings of a council or trust spread over this many items: at ~115 bytes a school they hold ~13,000 schools (the
 * largest council has ~650), and a page of ten read with them costs at most twice its share of the list.
 */
export const LISTING_SHARDS = 4;
export const SHARD_PREFIX = 'SHARD#';
/**
 * England's name directory (search's list of schools: name, town, postcode, trust, predecessors): about 110 bytes a
 * school, 64 items of ~40 KB for 22,000 schools.
 */
export const DIRECTORY_SHARDS = 64;

/**
 * England's tally, kept in this many items (a council's schools all count in one of them, by LA code), so a write
 * contends with an eighth of England rather than all of it, and England's picture is one query of eight items.
 */
export const ENGLAND_TALLY_SHARDS = 8;
export const ENGLAND_TALLY_PREFIX = 'TALLY#';

export function englandTallyKey(laCode: string): ItemKey {
  const number = Number(laCode);
  const shard = Number.isSafeInteger(number) ? number % ENGLAND_TALLY_SHARDS : laCode.length % ENGLAND_TALLY_SHARDS;
  return { pk: listingPartition('england'), sk: `${ENGLAND_TALLY_PREFIX}${shard}` };
}

export const listingPartition = (scope: RollupScope) => `LISTING#${scopeName(scope)}`;

/** The tally sits beside the listings, so a dashboard with its list reads both in one query. */
export const tallyKey = (scope: RollupScope): ItemKey => ({ pk: listingPartition(scope), sk: 'TALLY' });

/** The shard a record's entry is kept in: by its number (URN, LA code, group UID), else by its characters. */
export function shardOf(id: string, shards: number): number {
  const number = Number(id);
  const hash = Number.isSafeInteger(number) ? number : [...id].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  return hash % shards;
}

export const shardSortKey = (shard: number) => `${SHARD_PREFIX}${String(shard).padStart(2, '0')}`;

export function listingShardKey(scope: RollupScope, urn: string): ItemKey {
  return {
    pk: listingPartition(scope),
    sk: shardSortKey(shardOf(urn, scope === 'england' ? DIRECTORY_SHARDS : LISTING_SHARDS)),
  };
}

/**
 * England's census directory: each open school's name and census percentages (about 55 bytes a school) in 64 items of
 * ~20 KB, so England's list sorts and filters by SEN support %, EHC plan % or FSM % from one query of them. A school's
 * entry changes only with its name, census or opening, so other writes leave these items alone.
 */
export const CENSUS_DIRECTORY_SHARDS = 64;
export const CENSUS_DIRECTORY_PARTITION = 'LISTING#ENGLAND#CENSUS';
export const censusDirectoryShardKey = (urn: string): ItemKey => ({
  pk: CENSUS_DIRECTORY_PARTITION,
  sk: shardSortKey(shardOf(urn, CENSUS_DIRECTORY_SHARDS)),
});

/** A school's attribute in a shard item, and a counter's attribute in a tally item. */
export const ENTRY_PREFIX = 'u';
export const COUNTER_PREFIX = 'c|';
export const entryAttribute = (urn: string) => `${ENTRY_PREFIX}${urn}`;
export const counterAttribute = (counter: string) => `${COUNTER_PREFIX}${counter}`;
