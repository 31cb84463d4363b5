// What DynamoDB Local itself can do on this machine, so import figures can be read against it: items/s written by
// BatchWriteItem (25 items) and by TransactWriteItems (100 items), and items/s read by BatchGetItem (100 keys),
// each with 8 requests in flight, on items shaped like a school (three index listings, ~600 bytes).

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchGetCommand, BatchWriteCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import pMap from 'p-map';

export interface StoreCeiling {
  batchWriteItemsPerSecond: number;
  transactWriteItemsPerSecond: number;
  batchGetItemsPerSecond: number;
}

const ITEMS = 12_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

async function rate(items: number, work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return Math.round(items / ((performance.now() - started) / 1000));
}

export async function measureStoreCeiling(client: DynamoDBDocumentClient, tableName: string): Promise<StoreCeiling> {
  const item = (prefix: string, index: number) => ({
    pk: `${prefix}#${index}`,
    sk: 'SCHOOL',
    gsi1pk: `LA#${index % 150}`,
    gsi1sk: `school ${index}`,
    gsi3pk: `KIND#${prefix}`,
    gsi3sk: `school ${index}`,
    entity: 'Ceiling',
    body: 'x'.repeat(600),
  });
  const batch = Array.from({ length: ITEMS }, (_, index) => item('CEILING-B', index));
  const transact = Array.from({ length: ITEMS }, (_, index) => item('CEILING-T', index));
  const batchWriteItemsPerSecond = await rate(ITEMS, () =>
    pMap(
      chunks(batch, 25),
      (chunk) =>
        client.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: chunk.map((Item) => ({ PutRequest: { Item } })) } }),
        ),
      { concurrency: 8 },
    ),
  );
  const transactWriteItemsPerSecond = await rate(ITEMS, () =>
    pMap(
      chunks(transact, 100),
      (chunk) =>
        client.send(
          new TransactWriteCommand({ TransactItems: chunk.map((Item) => ({ Put: { TableName: tableName, Item } })) }),
        ),
      { concurrency: 8 },
    ),
  );
  const batchGetItemsPerSecond = await rate(ITEMS, () =>
    pMap(
      chunks(batch, 100),
      (chunk) =>
        client.send(
          new BatchGetCommand({
            RequestItems: { [tableName]: { Keys: chunk.map(({ pk, sk }) => ({ pk, sk })), ConsistentRead: true } },
          }),
        ),
      { concurrency: 8 },
    ),
  );
  return { batchWriteItemsPerSecond, transactWriteItemsPerSecond, batchGetItemsPerSecond };
}
