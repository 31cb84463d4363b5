// A page of a feed, newest first: one Query per partition read (the public one, and the scoped twin for a caller in
// the feed's scope), merged by place. The day range and the cursor are key conditions, so a page reads about its
// own size whatever the feed holds; kinds are a filter, so a rare kind takes up to three requests a list and may end
// a page early, with a cursor to go on from.

import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ChangeFeed, ChangeQuery, ChangeRecord } from '../../core/change-feed.js';
import { changeCursors, SCOPED_CHANGE_KINDS } from '../../core/change-feed.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { indexDesign } from '../dynamo/table-design.js';
import { changeEntity, feedList } from './keys.js';

export interface ChangePage {
  edges: { cursor: string; node: ChangeRecord }[];
  hasNextPage: boolean;
  /** The last edge's cursor, or where a filtered read stopped when it found too few (resume from there). */
  endCursor: string | null;
}

/** The sort-key bounds of the page: since and until (days, inclusive) and the cursor's place (inclusive, dropped). */
function bounds(query: ChangeQuery): { low?: string; high?: string } {
  const untilHigh = query.until ? `${query.until}#~` : undefined;
  const candidates = [untilHigh, query.afterKey].filter((key): key is string => key !== undefined).sort();
  return { low: query.since, high: candidates[0] };
}

/** Requests one filtered list may take for a page: a rare kind ends the page early (with a cursor) instead. */
const MAX_FILTERED_REQUESTS = 3;

interface ListRead {
  found: { sort: string; change: ChangeRecord }[];
  /** Where the read stopped short of the list's end with too few changes: nothing at or after it was read. */
  stoppedAt?: string;
}

async function readList(
  { client, tableName }: StoreConfig,
  list: ReturnType<typeof feedList>,
  query: ChangeQuery,
): Promise<ListRead> {
  const index = indexDesign(list.indexName);
  const { low, high } = bounds(query);
  const names: Record<string, string> = { '#pk': index.partitionKey };
  const values: Record<string, unknown> = { ':pk': list.partition };
  let condition = '#pk = :pk';
  if (low !== undefined || high !== undefined) {
    names['#sk'] = index.sortKey;
    if (low !== undefined) values[':low'] = low;
    if (high !== undefined) values[':high'] = high;
    condition +=
      low !== undefined && high !== undefined
        ? ' AND #sk BETWEEN :low AND :high'
        : low !== undefined
          ? ' AND #sk >= :low'
          : ' AND #sk <= :high';
  }
  let filter: string | undefined;
  if (query.kinds) {
    names['#kind'] = 'kind';
    query.kinds.forEach((kind, position) => {
      values[`:kind${position}`] = kind;
    });
    filter = `#kind IN (${query.kinds.map((_, position) => `:kind${position}`).join(', ')})`;
  }
  // One more than the page tells whether another follows; one more again for the cursor's own place.
  const wanted = query.first + 1 + (query.afterKey ? 1 : 0);
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  for (let requests = 1; ; requests += 1) {
    const output = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: list.indexName,
        KeyConditionExpression: condition,
        FilterExpression: filter,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        Limit: filter ? Math.max(100, wanted) : wanted,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey;
    if (!startKey || items.length >= wanted) break;
    if (requests >= MAX_FILTERED_REQUESTS) break;
  }
  const found = items
    .map((item) => ({ sort: String(item[index.sortKey]), change: changeEntity.of(item) }))
    .filter(({ sort }) => sort !== query.afterKey);
  const stoppedAt = startKey && items.length < wanted ? String(startKey[index.sortKey]) : undefined;
  return stoppedAt ? { found, stoppedAt } : { found };
}

/** The lists a page reads: none that cannot hold a kind asked for (England's and public lists hold no scoped kind). */
function listsOf(feed: ChangeFeed, query: ChangeQuery) {
  const kinds = query.kinds ?? [];
  const wantsPublic = kinds.length === 0 || kinds.some((kind) => !SCOPED_CHANGE_KINDS.has(kind));
  const wantsScoped = kinds.length === 0 || kinds.some((kind) => SCOPED_CHANGE_KINDS.has(kind));
  return [
    ...(wantsPublic ? [feedList(feed, false)] : []),
    ...(wantsScoped && query.withScoped && feed.scope !== 'ENGLAND' ? [feedList(feed, true)] : []),
  ];
}

export async function changePage(config: StoreConfig, feed: ChangeFeed, query: ChangeQuery): Promise<ChangePage> {
  const reads = await Promise.all(listsOf(feed, query).map((list) => readList(config, list, query)));
  // A list that stopped short was read only down to its stop: the page ends there, so nothing is skipped.
  const stop = reads
    .flatMap((list) => list.stoppedAt ?? [])
    .sort()
    .at(-1);
  const read = reads
    .flatMap((list) => list.found)
    .filter(({ sort }) => stop === undefined || sort >= stop)
    .sort((a, b) => (a.sort < b.sort ? 1 : a.sort > b.sort ? -1 : 0));
  const page = read.slice(0, query.first);
  const edges = page.map(({ sort, change }) => ({ cursor: changeCursors.encode(sort), node: change }));
  const cut = stop !== undefined && read.length <= query.first;
  return {
    edges,
    hasNextPage: read.length > query.first || stop !== undefined,
    endCursor: cut ? changeCursors.encode(stop) : (edges.at(-1)?.cursor ?? null),
  };
}
