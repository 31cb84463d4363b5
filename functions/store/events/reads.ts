// A page of a feed, newest first, from one partition that holds its public and scoped changes side by side. The day
// range and the cursor are key conditions, so a page reads about its own size whatever the feed holds. A caller
// outside the feed's scope filters scoped changes out: they are rare, so a page reads little more than its size,
// reading on (twice as much each time) only while short. Kinds are a filter too, so a rare kind takes up to three
// requests and may end a page early, with a cursor to go on from.

import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ChangeFeed, ChangeQuery, ChangeRecord } from '../../core/change-feed.js';
import { changeCursors, SCOPED_CHANGE_KINDS } from '../../core/change-feed.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { indexDesign } from '../dynamo/table-design.js';
import { changeEntity, feedList, learnedChangeEntity, learnedList } from './keys.js';

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

/** Requests a filtered read may take for a page: a rare kind ends the page early (with a cursor) instead. */
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
  publicOnly: boolean,
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
  const filters: string[] = [];
  if (query.kinds) {
    names['#kind'] = 'kind';
    query.kinds.forEach((kind, position) => {
      values[`:kind${position}`] = kind;
    });
    filters.push(`#kind IN (${query.kinds.map((_, position) => `:kind${position}`).join(', ')})`);
  }
  if (publicOnly) {
    names['#public'] = 'public';
    values[':public'] = true;
    filters.push('#public = :public');
  }
  const filter = filters.length > 0 ? filters.join(' AND ') : undefined;
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
        // A kind may be rare, so read more at once. Scoped changes are rare, so the page's size is about right, and
        // twice as much again each time scoped ones crowd it (Limit counts before the filter).
        Limit: query.kinds ? Math.max(100, wanted) : wanted * 2 ** (requests - 1),
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

export async function changePage(config: StoreConfig, feed: ChangeFeed, query: ChangeQuery): Promise<ChangePage> {
  // England's feed holds public changes only; elsewhere a caller outside the scope filters the scoped ones out.
  const england = feed.scope === 'ENGLAND';
  const publicOnly = !query.withScoped || england;
  const kinds = query.kinds ?? [];
  if (publicOnly && kinds.length > 0 && kinds.every((kind) => SCOPED_CHANGE_KINDS.has(kind))) {
    return { edges: [], hasNextPage: false, endCursor: null };
  }
  const { found, stoppedAt } = await readList(config, feedList(feed), query, publicOnly && !england);
  const edges = found
    .slice(0, query.first)
    .map(({ sort, change }) => ({ cursor: changeCursors.encode(sort), node: change }));
  // A read that stopped short ends the page at its stop (a cursor to go on from), so nothing is skipped.
  const cut = stoppedAt !== undefined && found.length <= query.first;
  return {
    edges,
    hasNextPage: found.length > query.first || stoppedAt !== undefined,
    endCursor: cut ? changeCursors.encode(stoppedAt) : (edges.at(-1)?.cursor ?? null),
  };
}

/**
 * The changes of a feed Beacon learned between two days (inclusive), newest learned first, up to `max`: one Query
 * of the feed's learned list (more only past 1 MB). England's list holds public changes only.
 */
export async function learnedChanges(
  { client, tableName }: StoreConfig,
  feed: ChangeFeed,
  query: { since: string; until: string; withScoped: boolean; max: number },
): Promise<ChangeRecord[]> {
  const list = learnedList(feed);
  const index = indexDesign(list.indexName);
  const publicOnly = !query.withScoped && feed.scope !== 'ENGLAND';
  const changes: ChangeRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: list.indexName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
        FilterExpression: publicOnly ? '#public = :public' : undefined,
        ExpressionAttributeNames: {
          '#pk': index.partitionKey,
          '#sk': index.sortKey,
          ...(publicOnly ? { '#public': 'public' } : {}),
        },
        ExpressionAttributeValues: {
          ':pk': list.partition,
          ':low': query.since,
          ':high': `${query.until}~`,
          ...(publicOnly ? { ':public': true } : {}),
        },
        ScanIndexForward: false,
        Limit: query.max,
        ExclusiveStartKey: startKey,
      }),
    );
    changes.push(...(output.Items ?? []).map((item) => learnedChangeEntity.of(item)));
    startKey = output.LastEvaluatedKey;
  } while (startKey && changes.length < query.max);
  return changes.slice(0, query.max);
}
