// `npm run bench:data`: the national files' figures. Imports run through the real CLI (`npm run import`) against
// an in-memory DynamoDB Local holding England's schools, first into a table without the file's facts (every row
// changed), then again (every row unchanged); each prints its rows/s and peak memory. Then `npm start` from an
// empty state directory to ready (the national seed) and again with its data (a restart). Targets from issue 12.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient, ensureTable } from '../functions/store/index.js';
import { localClientConfig, startDynamoDbLocal } from '../local/dynamodb-local.js';
import { GROUP_MEMBERSHIP_FILE, OFSTED_OUTCOMES_FILE, SCHOOL_CENSUS_FILES } from '../local/seed/national-seed.js';
import { seedIfEmpty } from '../local/seed/seed.js';
import { machineInfo, mergeResults, RESULTS_FILE } from './report.js';
import { measureStoreCeiling, type StoreCeiling } from './store-ceiling.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TABLE = 'beacon-bench-data';

export const DATA_TARGETS = {
  changedRowsPerSecond: 2000,
  unchangedRowsPerSecond: 10000,
  peakMemoryMb: 500,
  firstStartSeconds: 90,
  restartSeconds: 10,
} as const;

interface ImportRun {
  kind: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakMemoryMb: number;
  summary: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} exited ${code}:\n${output}`)),
    );
  });
}

async function importRun(kind: string, file: string, endpoint: string, stateDir: string): Promise<ImportRun> {
  const output = await run(
    process.execPath,
    ['--import', 'tsx', 'local/import.ts', kind, path.join('data', file), '--endpoint', endpoint],
    { TABLE_NAME: TABLE, BEACON_STATE_DIR: stateDir },
  );
  const counts = /: (\d+) rows: (.*)$/m.exec(output);
  const timing = /took ([\d.]+) s \((\d+) rows\/s\), peak memory (\d+) MB/.exec(output);
  if (!counts || !timing) throw new Error(`import ${kind}: no summary in its output:\n${output}`);
  return {
    kind,
    rows: Number(counts[1]),
    seconds: Number(timing[1]),
    rowsPerSecond: Number(timing[2]),
    peakMemoryMb: Number(timing[3]),
    summary: counts[2] ?? '',
  };
}

/** Seconds from spawning `npm start`'s entry to its ready line; the process is then stopped with SIGINT. */
function startToReady(stateDir: string, port: number): Promise<{ seconds: number; line: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
      cwd: repoRoot,
      env: { ...process.env, BEACON_STATE_DIR: stateDir, PORT: String(port), SEED_COUNCILS: '' },
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const line = /^Beacon ready at .*$/m.exec(output)?.[0];
      if (!line) return;
      const seconds = (Date.now() - started) / 1000;
      child.kill('SIGINT');
      child.on('exit', () => resolve({ seconds, line }));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      if (!/Beacon ready/.test(output)) reject(new Error(`npm start exited ${code} before ready:\n${output}`));
    });
  });
}

async function main(): Promise<void> {
  const stateDir = await mkdtemp(path.join(tmpdir(), 'beacon-bench-data-'));
  const dynamo = await startDynamoDbLocal();
  const imports: ImportRun[] = [];
  let ceiling: StoreCeiling | undefined;
  try {
    const raw = new DynamoDBClient(localClientConfig(dynamo.endpoint));
    const client = createDocumentClient(localClientConfig(dynamo.endpoint));
    await ensureTable(raw, TABLE);
    await ensureTable(raw, `${TABLE}-ceiling`);
    ceiling = await measureStoreCeiling(client, `${TABLE}-ceiling`);
    console.log(
      `DynamoDB Local here: ${ceiling.batchWriteItemsPerSecond} items/s by BatchWriteItem, ` +
        `${ceiling.transactWriteItemsPerSecond} by TransactWriteItems, ${ceiling.batchGetItemsPerSecond} read by ` +
        'BatchGetItem',
    );
    const seeding = Date.now();
    // England's schools without Ofsted's outcomes, GIAS's memberships or the census: the imports below bring those.
    await seedIfEmpty({
      client,
      tableName: TABLE,
      laCodes: null,
      parts: { outcomes: false, memberships: false, census: false },
    });
    console.log(
      `Seeded England's schools (no outcomes, memberships, census) in ${((Date.now() - seeding) / 1000).toFixed(1)} s`,
    );
    raw.destroy();
    client.destroy();
    for (const [kind, file] of [
      ['ofsted-outcomes', OFSTED_OUTCOMES_FILE],
      ['gias-groups', GROUP_MEMBERSHIP_FILE],
      ['school-census', SCHOOL_CENSUS_FILES[0] ?? ''],
    ] as const) {
      for (const pass of ['first', 'again']) {
        const result = await importRun(kind, file, dynamo.endpoint, stateDir);
        imports.push({ ...result, kind: `${kind} (${pass})` });
        console.log(`  ${kind} ${pass}: ${result.rowsPerSecond} rows/s, ${result.peakMemoryMb} MB; ${result.summary}`);
      }
    }
  } finally {
    await dynamo.stop();
  }

  const port = 4300 + Math.floor(Math.random() * 500);
  const first = await startToReady(stateDir, port);
  console.log(`  npm start, empty state: ready in ${first.seconds.toFixed(1)} s (${first.line})`);
  const restart = await startToReady(stateDir, port);
  console.log(`  npm start, with data: ready in ${restart.seconds.toFixed(1)} s`);
  await rm(stateDir, { recursive: true, force: true });

  const changed = imports.filter((entry) => entry.kind.endsWith('(first)'));
  const unchanged = imports.filter((entry) => entry.kind.endsWith('(again)'));
  const peak = Math.max(...imports.map((entry) => entry.peakMemoryMb));
  const rows: [string, string, string, boolean][] = [
    ...changed.map((entry): [string, string, string, boolean] => [
      `${entry.kind}: changed rows/s`,
      String(entry.rowsPerSecond),
      `>= ${DATA_TARGETS.changedRowsPerSecond}`,
      entry.rowsPerSecond >= DATA_TARGETS.changedRowsPerSecond,
    ]),
    ...unchanged.map((entry): [string, string, string, boolean] => [
      `${entry.kind}: unchanged rows/s`,
      String(entry.rowsPerSecond),
      `>= ${DATA_TARGETS.unchangedRowsPerSecond}`,
      entry.rowsPerSecond >= DATA_TARGETS.unchangedRowsPerSecond,
    ]),
    ['import peak memory (MB)', String(peak), `< ${DATA_TARGETS.peakMemoryMb}`, peak < DATA_TARGETS.peakMemoryMb],
    [
      'first npm start to ready (s)',
      first.seconds.toFixed(1),
      `<= ${DATA_TARGETS.firstStartSeconds}`,
      first.seconds <= DATA_TARGETS.firstStartSeconds,
    ],
    [
      'restart with data to ready (s)',
      restart.seconds.toFixed(1),
      `<= ${DATA_TARGETS.restartSeconds}`,
      restart.seconds <= DATA_TARGETS.restartSeconds,
    ],
  ];
  console.log('\nNational data targets');
  for (const [name, value, target, met] of rows) {
    console.log(`  ${met ? 'MET ' : 'MISS'}  ${name.padEnd(44)} ${value.padStart(8)}  (target ${target})`);
  }
  await mergeResults({
    nationalData: {
      storeCeiling: ceiling,
      imports,
      firstStartSeconds: first.seconds,
      restartSeconds: restart.seconds,
      targets: DATA_TARGETS,
      met: Object.fromEntries(rows.map(([name, , , met]) => [name, met])),
    },
    machine: machineInfo(),
  });
  console.log(`\nWrote ${RESULTS_FILE}`);
}

main().catch((error: unknown) => {
  console.error('bench:data failed:', error);
  process.exit(1);
});
