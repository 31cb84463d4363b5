// Where each kind of data last came from: one small item per kind, written when a load finishes, read in one
// BatchGetItem for dashboards and exports.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DataSourceRecord } from '../core/records.js';
import type { StoreConfig } from './beacon-store.js';
import { batchGetAll } from './batch-get.js';
import { DATA_SOURCE_KINDS, dataSourceEntity, dataSourceKey } from './entities/index.js';

/** Records the load unless the same file (name and rows) is already recorded: a re-import writes nothing. */
export async function recordDataSource({ client, tableName }: StoreConfig, source: DataSourceRecord): Promise<void> {
  try {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: dataSourceEntity.item(source),
        ConditionExpression: 'attribute_not_exists(pk) OR #file <> :file OR #rows <> :rows',
        ExpressionAttributeNames: { '#file': 'file', '#rows': 'rows' },
        ExpressionAttributeValues: { ':file': source.file, ':rows': source.rows },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

export async function readDataSources({ client, tableName }: StoreConfig): Promise<DataSourceRecord[]> {
  const found = await batchGetAll(client, tableName, DATA_SOURCE_KINDS.map(dataSourceKey));
  const byKind = new Map(
    [...found.values()].map((item) => dataSourceEntity.of(item)).map((source) => [source.kind, source]),
  );
  return DATA_SOURCE_KINDS.flatMap((kind) => byKind.get(kind) ?? []);
}
