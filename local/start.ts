// `npm start`: the whole platform on one machine. DynamoDB Local (persisted under .beacon/), the table,
// the seed, and the same Lambda handler AWS runs, served over HTTP with the GraphQL explorer.
import { existsSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAtomFeedHandler } from '../functions/feeds/atom-request.js';
import { isProductionPosture, readApiConfig } from '../functions/graphql/config.js';
import type { StoreConfig } from '../functions/store/index.js';
import { createDocumentClient, ensureTable } from '../functions/store/index.js';
import { watchAncestors } from './ancestor-watch.js';
import { createClientLimits } from './client-limits.js';
import { startDailyReassessment } from './daily-reassessment.js';
import {
  type DynamoDbLocal,
  isPortFree,
  localClientConfig,
  localCredentials,
  localRegion,
  startDynamoDbLocal,
} from './dynamodb-local.js';
import { createHeavyLane } from './heavy-lane.js';
import { type LambdaHttpServer, serveLambda } from './lambda-http-adapter.js';
import { authenticate, loadOrCreateSigningKey } from './local-identity.js';
import { ensurePrivateDirectory } from './private-directory.js';
import { progress } from './progress.js';
import { announceInstance, BEACON_DIR, LOCAL_DATA_DIR } from './running-instance.js';
import { prepareSeed, seedIfEmpty, seedLocalAuthorities } from './seed/seed.js';
import { ensureWebBuilt, WEB_DIST } from './web-build.js';
import { webPages } from './web-pages.js';

const HOST = '127.0.0.1';
// The SDK warns that future releases need Node 22 (the Lambda target); locally that is noise around the ready line.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const stateDir = BEACON_DIR;
const dataDir = LOCAL_DATA_DIR;

/** Resources to release on shutdown, in reverse order of acquisition. */
const cleanups: Array<() => Promise<void> | void> = [];
let shuttingDown = false;

/**
 * The daily reassessment job (find due awards, flag, remind via the local outbox), at start and then each day,
 * and the note that lets `npm run remind` use this DynamoDB Local. The returned function stops both.
 */
function startScheduledJobs(store: StoreConfig): () => Promise<void> | void {
  const stopDaily = startDailyReassessment(store);
  const announced = announceInstance({
    endpoint: process.env.DYNAMODB_ENDPOINT ?? '',
    tableName: store.tableName,
    pid: process.pid,
  }).catch((error: unknown) => {
    console.warn('Could not write .beacon/instance.json; `npm run remind` will need --endpoint:', error);
    return async () => undefined;
  });
  return async () => {
    await stopDaily();
    await (await announced)();
  };
}

async function main(): Promise<void> {
  const port = readPort('PORT') ?? 4000;
  const dynamoPort = readPort('DYNAMODB_PORT');
  // Fail before the few seconds java takes to start when the HTTP port is taken.
  if (!(await isPortFree(port, HOST))) throw portBusy(port);
  // Before anything is written: a .beacon/ an older Beacon left readable by others is tightened to 0700.
  await ensurePrivateDirectory(stateDir);

  // A new database is seeded: building the records (seconds of CPU) overlaps DynamoDB Local's start.
  const localAuthorities = seedLocalAuthorities();
  if (!existsSync(dataDir)) prepareSeed(localAuthorities);
  // The page builds while DynamoDB Local starts and the seed loads; awaited before the server starts.
  const webBuilt = ensureWebBuilt();
  webBuilt.catch(() => {});
  let dynamo: DynamoDbLocal;
  try {
    dynamo = await startDynamoDbLocal({ port: dynamoPort, dataDir });
  } catch (error) {
    if (dynamoPort !== undefined && error instanceof Error && /already in use/.test(error.message)) {
      throw new Error(`${error.message} Set DYNAMODB_PORT to a free port, or leave it unset to pick one.`);
    }
    throw error;
  }
  cleanups.push(() => dynamo.stop());

  // The handler reads these at module load, so they are set before it is imported below.
  process.env.TABLE_NAME ??= 'beacon-local';
  const tableName = process.env.TABLE_NAME;
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.AWS_REGION ??= localRegion;
  // Dummy credentials: a local run must never sign requests with someone's real AWS identity.
  process.env.AWS_ACCESS_KEY_ID = localCredentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = localCredentials.secretAccessKey;
  delete process.env.AWS_SESSION_TOKEN;

  const rawClient = new DynamoDBClient(localClientConfig(dynamo.endpoint));
  const client = createDocumentClient(localClientConfig(dynamo.endpoint));
  cleanups.push(() => {
    client.destroy();
    rawClient.destroy();
  });
  await ensureTable(rawClient, tableName);
  const seedProgress = progress('Seeding all of England');
  const seed = await seedIfEmpty({
    client,
    tableName,
    laCodes: localAuthorities,
    onProgress: (_stage, done, total) => seedProgress.update(done, total),
  });
  seedProgress.stop();

  // The handler reads NODE_ENV as it loads: only once the page's build (which sets it) has put it back.
  await webBuilt;
  const { handler } = await import('../functions/graphql/handler.js');
  const production = isProductionPosture(readApiConfig());
  // Heavy anonymous requests run in their own thread with their own handler (the environment above is copied to it).
  const heavyLane = createHeavyLane(new URL('../functions/graphql/handler.ts', import.meta.url).href);
  cleanups.push(() => heavyLane.close());
  let server: LambdaHttpServer;
  try {
    // Sign-in as in AWS: bearer JWTs checked here as API Gateway's authorizer checks Cognito's; none = anonymous.
    const signingKey = await loadOrCreateSigningKey(stateDir);
    server = await serveLambda(handler, {
      port,
      host: HOST,
      explorer: !production,
      authenticate: (header) => authenticate(signingKey, header),
      // Per-client budgets and a cap on heavy anonymous requests, as WAF and route throttling are in AWS.
      limits: createClientLimits(),
      heavyLane,
      web: webPages({ dir: WEB_DIST, signingKey }),
      feeds: createAtomFeedHandler({ client, tableName }),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portBusy(port);
    throw error;
  }
  cleanups.push(() => server.close());

  const stopJobs = startScheduledJobs({ client, tableName });
  cleanups.push(stopJobs);

  const data = seed.seeded ? `${seed.items} items seeded` : 'existing data kept';
  console.log(`Beacon ready at ${server.url} (DynamoDB Local on ${dynamo.endpoint}, table ${tableName}, ${data})`);
  console.log(`Web page: ${server.url.replace(/\/graphql$/, '/')} (sign in there with a role and scope)`);
  if (production)
    console.log('NODE_ENV=production: the production posture, so no introspection and no explorer at /graphql.');
  console.log(
    'Public facts need no sign-in. For more: npm run --silent token -- --role council_officer --scope la:886',
  );
}

function readPort(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${value}".`);
  }
  return port;
}

function portBusy(port: number): Error {
  return new Error(
    `Port ${port} on ${HOST} is already in use (is Beacon already running?). ` +
      `Stop the other process or choose another port, e.g. PORT=${port + 1} npm start.`,
  );
}

async function shutdown(exitCode: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error('Beacon shutdown step failed:', error);
    }
  }
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) {
  process.on(signal, () => {
    // A second Ctrl-C while shutting down means "now"; the 'exit' hook still kills java.
    if (shuttingDown) process.exit(130);
    void shutdown(0);
  });
}

// `npm start` killed outright (SIGKILL, a closed terminal): Beacon stops with it rather than keep java and the port.
watchAncestors(() => void shutdown(0));

main().catch(async (error: unknown) => {
  console.error(`Beacon failed to start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
