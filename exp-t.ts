import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal, localClientConfig } from '/work/main/local/dynamodb-local.js';
import { ensureTable } from '/work/main/functions/store/create-table.js';
import { createDocumentClient } from '/work/main/functions/store/document-client.js';
import pMap from 'p-map';
import { rmSync, mkdirSync } from 'node:fs';
rmSync('/tmp/exp/db2', { recursive: true, force: true }); mkdirSync('/tmp/exp/db2');
const db = await startDynamoDbLocal({ dataDir: '/tmp/exp/db2' });
const cfg = localClientConfig(db.endpoint);
await ensureTable(new DynamoDBClient(cfg), 'beacon-exp');
const client = createDocumentClient(cfg);
const N = 20000;
for (const conc of [1, 4, 8]) {
  const items = Array.from({ length: N }, (_, i) => ({ pk: `SCHOOL#${100000+i}`, sk: `S${conc}`, gsi1pk: `LA#${i%150}`, gsi1sk: `name ${i}`, gsi3pk: 'KIND#School', gsi3sk: `name ${i}`, entity: 'School', data: 'x'.repeat(600) }));
  const t = Date.now();
  const chunks = []; for (let i = 0; i < items.length; i += 100) chunks.push(items.slice(i, i + 100));
  await pMap(chunks, (c) => client.send(new TransactWriteCommand({ TransactItems: c.map((Item) => ({ Put: { TableName: 'beacon-exp', Item } })) })), { concurrency: conc });
  console.log('tx100', conc, 'items/s', Math.round(N / ((Date.now() - t) / 1000)));
}
await db.stop();
