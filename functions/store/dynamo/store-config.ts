// What every store operation is bound to: one document client and one table.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface StoreConfig {
  client: DynamoDBDocumentClient;
  tableName: string;
}
