// The bench report: a readable table on stdout and bench/results/latest.json (merged, so other benches keep their
// keys).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_TARGET_BYTES, LOAD_TARGET_MS, MIB, type BundleFigures } from './bundle.js';

export const RESULTS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');

/** The dashboard's GraphQL overhead target (issue 4). */
export const OVERHEAD_TARGET = 2;

export interface OperationReport {
  description: string;
  /** DynamoDB requests of one run (identical in every run; null if they differed). */
  requests: number | null;
  requestsByCommand: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  /** The raw store reads the operation needs, timed the same way. */
  rawRequests: number | null;
  rawRequestsByCommand: Record<string, number>;
  rawP50Ms: number;
  rawP95Ms: number;
  /** p50(operation) / p50(raw reads). */
  overheadRatio: number;
  facts: Record<string, unknown>;
  errors?: string[];
}

export interface MachineInfo {
  node: string;
  platform: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  date: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    date: new Date().toISOString(),
  };
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

const commands = (byCommand: Record<string, number>) =>
  Object.entries(byCommand)
    .map(([name, count]) => `${name.replace(/Command$/, '')}×${count}`)
    .join(' ');

export function printOperations(operations: Record<string, OperationReport>): void {
  const rows = [['operation', 'requests', 'p50 ms', 'p95 ms', 'raw req', 'raw p50', 'ratio', 'requests by command']];
  for (const [name, op] of Object.entries(operations)) {
    rows.push([
      name,
      op.requests === null ? 'VARIES' : String(op.requests),
      op.p50Ms.toFixed(1),
      op.p95Ms.toFixed(1),
      op.rawRequests === null ? 'VARIES' : String(op.rawRequests),
      op.rawP50Ms.toFixed(1),
      `${op.overheadRatio.toFixed(2)}x`,
      commands(op.requestsByCommand),
    ]);
  }
  console.log(`\n${table(rows)}\n`);
  for (const [name, op] of Object.entries(operations)) {
    const facts = Object.entries(op.facts)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', ');
    console.log(`  ${name}: ${op.description}${facts ? ` [${facts}]` : ''}`);
    for (const error of op.errors ?? []) console.log(`    ERROR ${error}`);
  }
}

export function printTargets(operations: Record<string, OperationReport>, bundle: BundleFigures | null): void {
  console.log('\nTargets (figures, not gates):');
  const kent = operations.boroughDashboard;
  const small = operations.boroughDashboardSmall;
  if (kent && small) {
    const same = kent.requests !== null && kent.requests === small.requests;
    console.log(
      `  ${verdict(same)}  dashboard requests independent of borough size: Kent ${kent.requests ?? 'varies'} ` +
        `(${String(kent.facts.schoolCount)} schools) vs Knowsley ${small.requests ?? 'varies'} ` +
        `(${String(small.facts.schoolCount)} schools)`,
    );
  }
  if (kent) {
    console.log(
      `  ${verdict(kent.overheadRatio < OVERHEAD_TARGET)}  dashboard GraphQL overhead ` +
        `${kent.overheadRatio.toFixed(2)}x < ${OVERHEAD_TARGET}x`,
    );
  }
  if (bundle) {
    for (const [label, variant] of [
      ['AWS SDK bundled', bundle.withSdk],
      ['@aws-sdk external', bundle.sdkExternal],
    ] as const) {
      console.log(
        `  ${verdict(variant.bytes < BUNDLE_TARGET_BYTES)}  bundle (${label}) ${(variant.bytes / MIB).toFixed(2)} ` +
          `MiB (${variant.bytes} B) < 1 MiB`,
      );
      console.log(
        `  ${verdict(variant.importMedianMs < LOAD_TARGET_MS)}  load (${label}) median import ` +
          `${variant.importMedianMs.toFixed(1)} ms < ${LOAD_TARGET_MS} ms` +
          ` (process start to loaded ${variant.readyMedianMs.toFixed(1)} ms, spawn to mark ` +
          `${variant.spawnToMarkMedianMs.toFixed(1)} ms,` +
          ` whole process ${variant.processMedianMs.toFixed(1)} ms; ${variant.runs} runs)`,
      );
      const parts = variant.largestParts.map(({ part, bytes }) => `${part} ${Math.round(bytes / 1024)} KiB`).join(', ');
      console.log(`        largest parts: ${parts}`);
    }
  }
}

async function readResults(): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(RESULTS_FILE, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Read-merge-write at the last moment, so keys another bench wrote meanwhile survive. */
export async function mergeResults(update: Record<string, unknown>): Promise<void> {
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  const merged = { ...(await readResults()), ...update };
  const temporary = `${RESULTS_FILE}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(merged, null, 2)}\n`);
  await rename(temporary, RESULTS_FILE);
}
