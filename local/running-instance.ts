// While `npm start` runs, .beacon/instance.json says where its DynamoDB Local listens, so `npm run remind`
// talks to it instead of opening the same data directory a second time.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { StoreConfig } from '../functions/store/index.js';
import { createDocumentClient, ensureTable, TABLE_LAYOUT } from '../functions/store/index.js';
import { type DynamoDbLocal, localClientConfig, startDynamoDbLocal } from './dynamodb-local.js';
import { ensurePrivateDirectory } from './private-directory.js';
import { seedIfEmpty, seedLocalAuthorities } from './seed/seed.js';
import { terminalLog } from './terminal-log.js';

/** Local state (signing key, database, the running instance's address); BEACON_STATE_DIR moves it (the bench). */
export const BEACON_DIR = path.resolve(
  process.env.BEACON_STATE_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.beacon'),
);
/** One directory per table layout: a database of an older layout is left as it is, not read wrongly. */
export const LOCAL_DATA_DIR = path.join(BEACON_DIR, `dynamodb-v${TABLE_LAYOUT}`);
const INSTANCE_FILE = path.join(BEACON_DIR, 'instance.json');

export interface RunningInstance {
  endpoint: string;
  tableName: string;
  pid: number;
}

export async function announceInstance(instance: RunningInstance): Promise<() => Promise<void>> {
  await ensurePrivateDirectory(BEACON_DIR);
  await writeFile(INSTANCE_FILE, `${JSON.stringify(instance)}\n`);
  return async () => {
    // Only our own announcement: a newer `npm start` may have replaced it.
    const current = await findRunningInstance();
    if (current?.pid === instance.pid) await rm(INSTANCE_FILE, { force: true });
  };
}

/** The running local Beacon, or null when none is (a stale file from a killed process is ignored). */
export async function findRunningInstance(): Promise<RunningInstance | null> {
  let instance: RunningInstance;
  try {
    instance = JSON.parse(await readFile(INSTANCE_FILE, 'utf8')) as RunningInstance;
  } catch {
    return null;
  }
  try {
    process.kill(instance.pid, 0);
    return instance;
  } catch {
    return null;
  }
}

/**
 * Runs `work` against the local Beacon: the DynamoDB Local of a running `npm start` (or `endpoint`), else one
 * started on the persisted data and seeded if new. Everything it started is stopped afterwards.
 */
export async function withLocalStore<T>(
  endpointOption: string | undefined,
  work: (store: StoreConfig) => Promise<T>,
): Promise<T> {
  const log = terminalLog();
  const running = endpointOption ? null : await findRunningInstance();
  let dynamo: DynamoDbLocal | null = null;
  let endpoint = endpointOption ?? running?.endpoint;
  const tableName = running?.tableName ?? process.env.TABLE_NAME ?? 'beacon-local';
  if (endpoint) {
    log.info(
      `Using the DynamoDB Local at ${endpoint}${running ? ' (of the running npm start)' : ''}, table ${tableName}`,
    );
  } else {
    await ensurePrivateDirectory(BEACON_DIR);
    dynamo = await startDynamoDbLocal({ dataDir: LOCAL_DATA_DIR });
    endpoint = dynamo.endpoint;
  }
  const raw = new DynamoDBClient(localClientConfig(endpoint));
  const client = createDocumentClient(localClientConfig(endpoint));
  try {
    if (dynamo) {
      await ensureTable(raw, tableName);
      const seed = await seedIfEmpty({ client, tableName, laCodes: seedLocalAuthorities() });
      if (seed.seeded) log.info(`Seeded ${seed.items} items into ${tableName} (first run)`);
    }
    return await work({ client, tableName });
  } finally {
    client.destroy();
    raw.destroy();
    await dynamo?.stop();
  }
}
