// Reads every page of one Query, so callers see the whole partition of an index.
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoredItem } from './batch-get.js';
import { tableDesign, type IndexName } from './table-design.js';

export async function queryIndexPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  indexName: IndexName,
  partition: string,
): Promise<StoredItem[]> {
  const index = tableDesign.indexes.find((candidate) => candidate.indexName === indexName);
  if (!index) throw new Error(`Unknown index ${indexName}`);
  const items: StoredItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey },
        ExpressionAttributeValues: { ':pk': partition },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((output.Items ?? []) as StoredItem[]));
    startKey = output.LastEvaluatedKey;
  } while (startKey);
  return items;
}
