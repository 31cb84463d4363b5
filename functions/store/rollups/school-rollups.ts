// Keeps the rollups (keys.ts) in step with school writes (reader.ts reads them). A write passes the schools it
// changes (before and after); the rollup updates go in its own transaction, one update per item touched however
// many of its schools the write changes, so a dashboard or a list never disagrees with the schools.

import { addTally, type Tally, tallyChange, tallyOf } from '../../core/inclusion-tally.js';
import type { SchoolRecord } from '../../core/records.js';
import { encodeCensusListing, encodeListing, listingOf } from '../../core/school-listing.js';
import { encodeSchoolSearchEntry, schoolSearchEntry } from '../../core/search-entry.js';
import type { EntityName, ItemKey, StoredItem } from '../dynamo/entity.js';
import type { TransactItem } from '../dynamo/transact.js';
import { entryChange, type ItemChange, itemUpdates, keyText, wholeItems, withStamps } from './item-changes.js';
import {
  censusDirectoryShardKey,
  englandTallyKey,
  entryAttribute,
  listingShardKey,
  type RollupScope,
  tallyKey,
} from './keys.js';

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
    { scope: { localAuthority: school.laCode }, entity: 'CouncilTally' },
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
      entry: { attribute, value: encodeSchoolSearchEntry(schoolSearchEntry(school)) },
    },
    {
      key: censusDirectoryShardKey(school.urn),
      entity: 'Directory' as const,
      entry: { attribute, value: encodeCensusListing(school) },
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
