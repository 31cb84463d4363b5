// A page of a school list in name order, straight from its index: one Query of the page (plus one item, to know
// whether another page follows), resuming after the last page's sort key. It costs a page, whatever the list's size.

import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SchoolRecord } from '../../core/records.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { indexDesign } from '../dynamo/table-design.js';
import type { RollupScope } from '../rollups/keys.js';
import { schoolEntity, schoolLists } from './keys.js';

const listOf = (scope: RollupScope) =>
  scope === 'england'
    ? schoolLists.all()
    : 'localAuthority' in scope
      ? schoolLists.ofAuthority(scope.localAuthority)
      : schoolLists.ofTrust(scope.trust);

export interface SchoolPage {
  schools: { school: SchoolRecord; sortKey: string }[];
  hasNextPage: boolean;
}

export async function schoolNamePage(
  { client, tableName }: StoreConfig,
  scope: RollupScope,
  size: number,
  afterSortKey: string | null,
): Promise<SchoolPage> {
  if (size === 0) return { schools: [], hasNextPage: false };
  const list = listOf(scope);
  const index = indexDesign(list.index);
  const output = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: list.index,
      KeyConditionExpression: afterSortKey === null ? '#pk = :pk' : '#pk = :pk AND #sk > :after',
      ExpressionAttributeNames: {
        '#pk': index.partitionKey,
        ...(afterSortKey === null ? {} : { '#sk': index.sortKey }),
      },
      ExpressionAttributeValues: {
        ':pk': list.partition,
        ...(afterSortKey === null ? {} : { ':after': afterSortKey }),
      },
      Limit: size + 1,
    }),
  );
  const items = output.Items ?? [];
  return {
    schools: items
      .slice(0, size)
      .map((item) => ({ school: schoolEntity.of(item), sortKey: String(item[index.sortKey]) })),
    hasNextPage: items.length > size,
  };
}
