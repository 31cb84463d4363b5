// While `npm start` runs, .beacon/instance.json says where its DynamoDB Local listens, so `npm run remind`
// talks to it instead of opening the same data directory a second time.
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BEACON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.beacon');
export const LOCAL_DATA_DIR = path.join(BEACON_DIR, 'dynamodb');
const INSTANCE_FILE = path.join(BEACON_DIR, 'instance.json');

export interface RunningInstance {
  endpoint: string;
  tableName: string;
  pid: number;
}

export async function announceInstance(instance: RunningInstance): Promise<() => Promise<void>> {
  await mkdir(BEACON_DIR, { recursive: true });
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
