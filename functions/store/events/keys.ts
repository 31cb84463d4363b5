// A change event: one item under its school's partition, listed newest first in the feeds it belongs to, each a
// partition of an index sorted by `<happenedOn>#<id>` so a page is one Query: its council's (gsi1), its trust's
// (gsi2), its school's (gsi3) and England's (gsi4, public changes only). Scoped changes share their feed's
// partition (they are rare), so any caller's page is one Query: a caller outside the scope filters them out. A
// conversion's copy under the other school lists it in that school's feed too. The key is made from the id, so
// writing the same change again is the same item.
import type { ChangeFeed, ChangeRecord } from '../../core/change-feed.js';
import { defineEntity, type ItemKey, type Listing, schoolPartition } from '../dynamo/entity.js';
import type { IndexName } from '../dynamo/table-design.js';

/** Sort value in every feed: the day it happened, then the id (unique, so a feed's places are too). */
export const feedSortKey = (change: Pick<ChangeRecord, 'happenedOn' | 'id'>) => `${change.happenedOn}#${change.id}`;

// A change of no school is kept under its council, or England's (figures published for England).
const owner = (urn: string | undefined, laCode: string | undefined) =>
  urn ? schoolPartition(urn) : laCode ? `LA#${laCode}` : 'ENGLAND';

export const changeKey = (change: ChangeRecord, urn = change.urn): ItemKey => ({
  pk: owner(urn, change.laCode),
  sk: `CHANGE#${feedSortKey(change)}`,
});

const FEED_INDEX: Record<ChangeFeed['scope'], IndexName> = {
  LOCAL_AUTHORITY: 'gsi1',
  TRUST: 'gsi2',
  SCHOOL: 'gsi3',
  ENGLAND: 'gsi4',
};

/** The index and partition of a feed, public and scoped changes together (England's has public changes only). */
export function feedList(feed: ChangeFeed): { indexName: IndexName; partition: string } {
  const partition = feed.scope === 'ENGLAND' ? 'CHANGES#ENGLAND' : `CHANGES#${feed.scope}#${feed.id}`;
  return { indexName: FEED_INDEX[feed.scope], partition };
}

function listing(feed: ChangeFeed, change: ChangeRecord): [IndexName, Listing] {
  const { indexName, partition } = feedList(feed);
  return [indexName, { partition, sort: feedSortKey(change) }];
}

/**
 * The feeds a change is listed in (a conversion's other school by its copy). A council's new figures stay in its
 * own feed: England's lists England's figures once, not every council's.
 */
const changeFeeds = (change: ChangeRecord): ChangeFeed[] => [
  ...(change.laCode ? [{ scope: 'LOCAL_AUTHORITY' as const, id: change.laCode }] : []),
  ...(change.trustUid ? [{ scope: 'TRUST' as const, id: change.trustUid }] : []),
  ...(change.urn ? [{ scope: 'SCHOOL' as const, id: change.urn }] : []),
  ...(change.public && !(change.kind === 'FIGURES_PUBLISHED' && change.laCode) ? [{ scope: 'ENGLAND' as const }] : []),
];

export const changeEntity = defineEntity<ChangeRecord>({
  name: 'Change',
  key: (change) => changeKey(change),
  listings: (change) => Object.fromEntries(changeFeeds(change).map((feed) => listing(feed, change))),
});

/** Sort value in a feed's learned list: when Beacon learned it, then the id. */
export const learnedSortKey = (change: Pick<ChangeRecord, 'recordedAt' | 'id'>) => `${change.recordedAt}#${change.id}`;

/** The index and partition of a feed's learned list: its changes in the order Beacon learned them. */
export function learnedList(feed: ChangeFeed): { indexName: IndexName; partition: string } {
  const { indexName, partition } = feedList(feed);
  return { indexName, partition: partition.replace(/^CHANGES#/, 'LEARNED#') };
}

/**
 * A change as Beacon learned it: a copy under its own key, listed in the same feeds by recordedAt, so the weekly
 * digest reads what Beacon learned in its week (a later monthly file's older change too) in one Query per feed.
 * Written by imports and mutations only: the seed's changes are the starting state, learned by nobody.
 */
export const learnedChangeEntity = defineEntity<ChangeRecord>({
  name: 'LearnedChange',
  key: (change) => ({ pk: `LEARNED#${change.id}`, sk: 'LEARNED' }),
  listings: (change) =>
    Object.fromEntries(
      changeFeeds(change).map((feed) => {
        const { indexName, partition } = learnedList(feed);
        return [indexName, { partition, sort: learnedSortKey(change) }];
      }),
    ),
});

/** The copy of a conversion under the other school: listed in that school's feed only (the rest list it once). */
export const relatedChangeEntity = defineEntity<ChangeRecord>({
  name: 'Change',
  key: (change) => changeKey(change, change.relatedUrn),
  listings: (change) =>
    change.relatedUrn ? Object.fromEntries([listing({ scope: 'SCHOOL', id: change.relatedUrn }, change)]) : {},
});
