// Every item of a test table, in key order: equal snapshots before and after a refused request prove it wrote nothing.
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import type { TestTable } from './local-table.js';

export async function tableSnapshot(table: TestTable): Promise<string> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan(
    { client: table.client },
    { TableName: table.tableName, ConsistentRead: true },
  )) {
    items.push(...(page.Items ?? []));
  }
  const key = (item: Record<string, unknown>) => `${String(item.pk)}|${String(item.sk)}`;
  items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return JSON.stringify(items);
}
