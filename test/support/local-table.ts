// A fresh, uniquely named table per test file, so files running in parallel never see each other's items.
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { createDocumentClient, ensureTable } from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';

export interface TestTable {
  endpoint: string;
  tableName: string;
  client: DynamoDBDocumentClient;
  rawClient: DynamoDBClient;
}

export async function createTestTable(prefix = 'test'): Promise<TestTable> {
  const endpoint = inject('dynamoEndpoint');
  // Table names allow [A-Za-z0-9_.-] only.
  const safePrefix = prefix.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 200);
  const tableName = `${safePrefix}-${randomUUID().slice(0, 8)}`;
  const rawClient = new DynamoDBClient(localClientConfig(endpoint));
  await ensureTable(rawClient, tableName);
  return { endpoint, tableName, client: createDocumentClient(localClientConfig(endpoint)), rawClient };
}
