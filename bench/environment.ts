// The bench's world: in-memory DynamoDB Local, one table seeded with all of England, and the real Lambda handler over
// a counted client.
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createLambdaHandler } from '../functions/graphql/lambda-handler.js';
import type { StoreConfig } from '../functions/store/index.js';
import {
  countRequests,
  createDocumentClient,
  ensureTable,
  newRequestCounter,
  type RequestCounter,
} from '../functions/store/index.js';
import { type DynamoDbLocal, localClientConfig, startDynamoDbLocal } from '../local/dynamodb-local.js';
import { seedIfEmpty } from '../local/seed/seed.js';

/** Statuses depend on today; a fixed day keeps the figures (and the counted reads) reproducible. */
export const BENCH_TODAY = '2026-11-23';
export const BENCH_TABLE = 'beacon-bench';

export interface BenchEnvironment {
  dynamo: DynamoDbLocal;
  /** The counted store the handler and the raw reads both use. */
  store: StoreConfig;
  counter: RequestCounter;
  handler: ReturnType<typeof createLambdaHandler>;
  seed: { items: number; ms: number; startMs: number };
  close(): Promise<void>;
}

export async function startBenchEnvironment(): Promise<BenchEnvironment> {
  const startedAt = performance.now();
  const dynamo = await startDynamoDbLocal();
  const clients: Array<DynamoDBClient | DynamoDBDocumentClient> = [];
  const close = async () => {
    for (const client of clients) client.destroy();
    await dynamo.stop();
  };
  try {
    const startMs = performance.now() - startedAt;
    const config = localClientConfig(dynamo.endpoint);
    const rawClient = new DynamoDBClient(config);
    const seedClient = createDocumentClient(config);
    const client = createDocumentClient(config);
    clients.push(rawClient, seedClient, client);

    const seedStart = performance.now();
    await ensureTable(rawClient, BENCH_TABLE);
    // All of England, as `npm start` seeds it; BENCH_SEED=scenario keeps the four councils (quicker, for development).
    const laCodes = process.env.BENCH_SEED === 'scenario' ? undefined : null;
    const seeded = await seedIfEmpty({ client: seedClient, tableName: BENCH_TABLE, laCodes });
    const seedMs = performance.now() - seedStart;

    const counter = newRequestCounter();
    countRequests(client, counter);
    const store = { client, tableName: BENCH_TABLE };
    const handler = createLambdaHandler(store, { today: () => BENCH_TODAY });
    return { dynamo, store, counter, handler, seed: { items: seeded.items, ms: seedMs, startMs }, close };
  } catch (error) {
    await close();
    throw error;
  }
}
