// A page of a feed, newest first: one Query per partition read (the public one, and the scoped twin for a caller in
// the feed's scope), merged by place. The day range and the cursor are key conditions, so a page reads about its
// own size whatever the feed holds; kinds are a filter, so a rare kind may take more than one request.
import type { ChangeFeed, ChangeQuery, ChangeRecord } from '../../core/change-feed.js';
import { changeCursors } from '../../core/change-feed.js';
import { queryPages } from '../dynamo/query-pages.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { indexDesign } from '../dynamo/table-design.js';
import { changeEntity, feedList } from './keys.js';

export interface ChangePage {
  edges: { cursor: string; node: ChangeRecord }[];
  hasNextPage: boolean;
}

/** The sort-key bounds of the page: since and until (days, inclusive) and the cursor's place (inclusive, dropped). */
function bounds(query: ChangeQuery): { low?: string; high?: string } {
  const untilHigh = query.until ? `${query.until}#~` : undefined;
  const candidates = [untilHigh, query.afterKey].filter((key): key is string => key !== undefined).sort();
  return { low: query.since, high: candidates[0] };
}

async function readList(
  { client, tableName }: StoreConfig,
  list: ReturnType<typeof feedList>,
  query: ChangeQuery,
): Promise<{ sort: string; change: ChangeRecord }[]> {
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
  const items = await queryPages(
    client,
    {
      TableName: tableName,
      IndexName: list.indexName,
      KeyConditionExpression: condition,
      FilterExpression: filter,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
      Limit: filter ? Math.max(100, wanted) : wanted,
    },
    (read) => read.length >= wanted,
  );
  return items
    .map((item) => ({ sort: String(item[index.sortKey]), change: changeEntity.of(item) }))
    .filter(({ sort }) => sort !== query.afterKey);
}

export async function changePage(config: StoreConfig, feed: ChangeFeed, query: ChangeQuery): Promise<ChangePage> {
  const lists = [
    feedList(feed, false),
    ...(query.withScoped && feed.scope !== 'ENGLAND' ? [feedList(feed, true)] : []),
  ];
  const read = (await Promise.all(lists.map((list) => readList(config, list, query))))
    .flat()
    .sort((a, b) => (a.sort < b.sort ? 1 : a.sort > b.sort ? -1 : 0));
  const page = read.slice(0, query.first);
  return {
    edges: page.map(({ sort, change }) => ({ cursor: changeCursors.encode(sort), node: change })),
    hasNextPage: read.length > query.first,
  };
}
