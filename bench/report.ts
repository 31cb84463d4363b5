// The bench report: a readable table on stdout and bench/results/latest.json (merged, so other benches keep their
// keys).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleFigures } from './bundle.js';
import { printBundles } from './bundle-report.js';
import type { HeavyLoadReport } from './heavy-load.js';
import type { LoadReport } from './load-test.js';
import type { WalkReport } from './walks.js';

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

/** Issue 13's targets: what a page, a dashboard and a cold start may cost. */
export const PAGE_TARGETS = {
  walkItemsPerSchool: 2,
  nationalPageRequests: 2,
  localAuthorityDashboardRequests: 3,
  englandDashboardRequests: 5,
  /** A 50-change page of Kent's or England's feed (issue 23). */
  changesPageRequests: 2,
  /** England's summary (22,000 schools) p50 over a ~500-school council's. */
  dashboardLatencyRatio: 1.5,
  bundleBytes: 500 * 1024,
  /** Beacon's cold import over a minimal Apollo Lambda handler's, bundled the same way. */
  coldImportRatio: 1.3,
  /** Issue 25: the API asset over a one-field Apollo + DynamoDB handler's, bundled with the stack's settings. */
  apolloDynamoSizeRatio: 1.0,
  /** Issue 25: the API's import CPU over that handler's. */
  apolloDynamoImportCpuRatio: 1.15,
};

export function printTargets(
  operations: Record<string, OperationReport>,
  bundle: BundleFigures | null,
  walks: readonly WalkReport[] = [],
  load: LoadReport | null = null,
  heavyLoads: readonly HeavyLoadReport[] = [],
): void {
  console.log('\nTargets (figures, not gates):');
  const line = (pass: boolean, text: string) => console.log(`  ${verdict(pass)}  ${text}`);
  for (const walk of walks) {
    line(
      walk.itemsPerSchool <= PAGE_TARGETS.walkItemsPerSchool,
      `walking ${walk.description}: ${walk.itemsRead} items for ${walk.schools} schools ` +
        `(${walk.itemsPerSchool}x ≤ ${PAGE_TARGETS.walkItemsPerSchool}x), ${walk.requests} requests, ` +
        `${walk.pages} pages`,
    );
  }
  const national = operations.nationalPage;
  if (national)
    line(
      (national.requests ?? Infinity) <= PAGE_TARGETS.nationalPageRequests,
      `a national page of 100: ${national.requests ?? 'varies'} requests ≤ ${PAGE_TARGETS.nationalPageRequests} ` +
        `(${String(national.facts.totalCount)} schools in England)`,
    );
  for (const name of ['boroughDashboard', 'boroughDashboardSmall', 'boroughDashboardLargest']) {
    const dashboard = operations[name];
    if (!dashboard) continue;
    line(
      (dashboard.requests ?? Infinity) <= PAGE_TARGETS.localAuthorityDashboardRequests,
      `${name}: ${dashboard.requests ?? 'varies'} requests ≤ ${PAGE_TARGETS.localAuthorityDashboardRequests} ` +
        `(${String(dashboard.facts.schoolCount)} schools), p50 ${dashboard.p50Ms.toFixed(1)} ms`,
    );
  }
  const england = operations.englandSummary;
  const localAuthority = operations.councilSummary500;
  if (england) {
    line(
      (england.requests ?? Infinity) <= PAGE_TARGETS.englandDashboardRequests,
      `England's dashboard: ${england.requests ?? 'varies'} requests ≤ ${PAGE_TARGETS.englandDashboardRequests}`,
    );
  }
  if (england && localAuthority) {
    const ratio = england.p50Ms / localAuthority.p50Ms;
    line(
      ratio <= PAGE_TARGETS.dashboardLatencyRatio,
      `dashboard latency at ${String(england.facts.schoolCount)} schools (England) ${england.p50Ms.toFixed(1)} ms vs ` +
        `${String(localAuthority.facts.schoolCount)} (a council) ${localAuthority.p50Ms.toFixed(1)} ms: ` +
        `${ratio.toFixed(2)}x ≤ ${PAGE_TARGETS.dashboardLatencyRatio}x`,
    );
  }
  for (const name of ['kentChanges', 'englandChanges']) {
    const page = operations[name];
    if (!page) continue;
    line(
      (page.requests ?? Infinity) <= PAGE_TARGETS.changesPageRequests,
      `${name}: ${page.requests ?? 'varies'} requests ≤ ${PAGE_TARGETS.changesPageRequests} ` +
        `(${String(page.facts.changes)} changes)`,
    );
  }
  const kent = operations.boroughDashboard;
  if (kent) {
    line(
      kent.overheadRatio < OVERHEAD_TARGET,
      `dashboard GraphQL overhead ${kent.overheadRatio.toFixed(2)}x < ${OVERHEAD_TARGET}x`,
    );
  }
  if (bundle) printBundles(line, bundle, PAGE_TARGETS);
  if (load) {
    const rss = load.memoryMiB.rss;
    line(
      load.errors + load.non2xx + load.timeouts === 0,
      `load test ${load.seconds} s, ${load.connections} connections: ${load.requests} requests ` +
        `(${load.requestsPerSecond.toFixed(0)}/s), errors ${load.errors}, non-2xx ${load.non2xx}, ` +
        `p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms; RSS MiB ${rss.join(' → ')}`,
    );
  }
  for (const report of heavyLoads) printHeavyLoad(line, report);
}

/** Issue 20's figure: lookups beside heavy anonymous requests, and how soon every heavy one was answered or refused. */
export function printHeavyLoad(line: (pass: boolean, text: string) => void, report: HeavyLoadReport): void {
  const { lookups, lookupsAlone, heavy, targets } = report;
  line(
    report.pass,
    `heavy load ${report.seconds} s, ${report.heavyConnections} heavy anonymous connections from ${report.scenario}: ` +
      `school lookup p50 ${lookups.p50Ms} ms (< ${targets.lookupP50Ms}), p99 ${lookups.p99Ms} ms ` +
      `(< ${targets.lookupP99Ms}) over ${lookups.count} (${lookups.failed} failed); slowest heavy request ` +
      `answered or refused in ${heavy.maxMs} ms (< ${targets.heavyAnswerMs})`,
  );
  console.log(
    `        the same lookups alone just before (the machine's share): p50 ${lookupsAlone.p50Ms} ms, ` +
      `p99 ${lookupsAlone.p99Ms} ms over ${lookupsAlone.count}`,
  );
  const kinds = Object.entries(heavy.byKind)
    .map(([kind, k]) => `${kind} ${k.answered}/${k.sent} answered, ${k.refused} refused (429), max ${k.maxMs} ms`)
    .join('; ');
  console.log(`        heavy: ${heavy.answered} answered, ${heavy.refused} refused, ${heavy.failed} failed; ${kinds}`);
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
