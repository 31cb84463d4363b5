// Reads every page of one index partition, so callers see the whole partition.

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoredItem } from './entity.js';
import { queryPages } from './query-pages.js';
import { type IndexName, indexDesign } from './table-design.js';

export async function queryIndexPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  indexName: IndexName,
  partition: string,
): Promise<StoredItem[]> {
  const index = indexDesign(indexName);
  const items = await queryPages(client, {
    TableName: tableName,
    IndexName: indexName,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': index.partitionKey },
    ExpressionAttributeValues: { ':pk': partition },
  });
  return items as StoredItem[];
}
