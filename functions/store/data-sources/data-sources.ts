// Where each kind of data last came from: one small item per kind, written when a load finishes, read in one
// BatchGetItem for dashboards and exports (with whatever else the request reads by key at the same moment).
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DataSourceRecord } from '../../core/records.js';
import type { ItemKey } from '../dynamo/entity.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { DATA_SOURCE_KINDS, dataSourceEntity, dataSourceKey } from './keys.js';

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

/** Every kind's source, read by key with `load` (the request's loader, so it joins the request's other reads). */
export async function readDataSources(
  load: (key: ItemKey) => Promise<Record<string, unknown> | null>,
): Promise<DataSourceRecord[]> {
  const items = await Promise.all(DATA_SOURCE_KINDS.map((kind) => load(dataSourceKey(kind))));
  return items.flatMap((item) => (item ? [dataSourceEntity.of(item)] : []));
}
