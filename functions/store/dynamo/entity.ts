// What every entity of the single table shares: a typed tag, a key, the indexes it is listed in, and the mapping
// between its domain record and its stored item. Index attribute names come from the table design, never typed.
import { type IndexName, indexDesign, tableDesign } from './table-design.js';

export const ENTITY_NAMES = [
  'LocalAuthority',
  'Trust',
  'Agency',
  'School',
  'Inspection',
  'Award',
  'Partnership',
  'History',
  'Reminder',
  'Contacts',
  'Outbox',
  'SeedMarker',
  'DataSource',
  'CouncilTally',
  'EnglandTally',
  'TrustTally',
  'Listing',
  'Directory',
  'CouncilList',
  'TrustList',
  'SearchStamp',
  'IndicatorSeries',
  'LocalAuthorityComparison',
  'IndicatorSources',
  'Change',
  'LearnedChange',
  'DigestSubscriptionRecord',
  'Digest',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export interface ItemKey {
  pk: string;
  sk: string;
}

export type StoredItem = Record<string, unknown> & ItemKey;

/** Where an item is listed in one index: the partition it is in and its place in that partition. */
export interface Listing {
  partition: string;
  sort: string;
}

export interface EntityDesign<R> {
  name: EntityName;
  key(record: R): ItemKey;
  /** The indexes that list this record (none when it is not listed, e.g. a closed school). */
  listings?(record: R): Partial<Record<IndexName, Listing>>;
  /** Attributes the store keeps on the item that the record does not show (e.g. a delivery claim). */
  storeOnly?: readonly string[];
}

const KEY_ATTRIBUTES = [
  tableDesign.partitionKey,
  tableDesign.sortKey,
  'entity',
  ...tableDesign.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
];

export interface Entity<R> {
  name: EntityName;
  key(record: R): ItemKey;
  item(record: R, extra?: Record<string, unknown>): StoredItem;
  of(item: Record<string, unknown>): R;
}

export function defineEntity<R extends object>(design: EntityDesign<R>): Entity<R> {
  const hidden = new Set([...KEY_ATTRIBUTES, ...(design.storeOnly ?? [])]);
  return {
    name: design.name,
    key: design.key,
    item(record, extra = {}) {
      const listed: Record<string, string> = {};
      for (const [name, listing] of Object.entries(design.listings?.(record) ?? {}) as [IndexName, Listing][]) {
        const index = indexDesign(name);
        listed[index.partitionKey] = listing.partition;
        listed[index.sortKey] = listing.sort;
      }
      return { ...design.key(record), entity: design.name, ...listed, ...record, ...extra };
    },
    of(item) {
      const record: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(item)) if (!hidden.has(name)) record[name] = value;
      return record as R;
    },
  };
}

/** Sort value that orders by name within a partition (case-folded), the id breaking ties. */
export const byName = (name: string, id?: string) => `${name.toLocaleLowerCase('en-GB')}${id ? `#${id}` : ''}`;

/** Every item of one kind, by name (gsi3). */
export const allOfKind = (kind: EntityName) => `KIND#${kind}`;

/** A school's partition: the school item and everything kept under it (records, history, reminders, contacts). */
export const schoolPartition = (urn: string) => `SCHOOL#${urn}`;
