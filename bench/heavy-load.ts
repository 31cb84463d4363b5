// Issue 20's load figure: school lookups while 20 connections send heavy anonymous requests (a two-letter search,
// England's list by name, a council's CSV, a council's list by due date) for 30 s, through the local server with its
// per-client limits (local/client-limits.ts). The clients run in a child process (heavy-load-driver.ts).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type ClientLimitSettings, createClientLimits, defaultClientLimits } from '../local/client-limits.js';
import { createHeavyLane } from '../local/heavy-lane.js';
import { serveLambda } from '../local/lambda-http-adapter.js';
import type { BenchEnvironment } from './environment.js';
import type { DriverPlan, Sample } from './heavy-load-driver.js';
import { median, percentile, round } from './measure.js';
import { LARGEST_LOCAL_AUTHORITY, SCHOOL_PAGE, SEED_URNS } from './operations.js';

/** Issue 20's targets. */
export const HEAVY_LOAD_TARGETS = { lookupP50Ms: 300, lookupP99Ms: 1_000, heavyAnswerMs: 2_000 };

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

const TWO_LETTERS = ['an', 'st', 'ho', 'ri'];
export const HEAVY_BODIES = [
  ...TWO_LETTERS.map((text) =>
    body(
      `query TwoLetterSearch($text: String!) { search(text: $text, first: 5) {
      localAuthorities { totalCount edges { node { code name } } } trusts { totalCount edges { node { uid name } } }
      schools { totalCount edges { node { urn name } } } } }`,
      { text },
    ),
  ),
  body(`query EnglandByName { schools(filter: { nameContains: "st" }, first: 20) {
    totalCount edges { node { urn name } } } }`),
  body(`query CouncilCsv($code: ID!) { localAuthority(code: $code) { schoolsCsv } }`, {
    code: LARGEST_LOCAL_AUTHORITY.code,
  }),
  body(
    `query CouncilByDueDate($code: ID!) { localAuthority(code: $code) { schools(first: 50, sort: DUE_DATE) {
      totalCount edges { node { urn name inclusionStatus { awardStatus nextDueOn } } } } } }`,
    { code: LARGEST_LOCAL_AUTHORITY.code },
  ),
];

const BASELINE_SECONDS = 10;

/** How the heavy connections appear to the server: all from one address, or each from its own. */
export type HeavyClients = 'one address' | 'one address each';

export interface LookupFigures {
  count: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The largest value (0 for none), without spreading a long list into arguments. */
const largest = (values: readonly number[]) => values.reduce((max, value) => Math.max(max, value), 0);

function lookupFigures(samples: readonly Sample[]): LookupFigures {
  const lookups = samples.filter((sample) => sample.kind === 'lookup');
  const times = lookups.filter((sample) => sample.status === 200).map((sample) => sample.ms);
  return {
    count: lookups.length,
    failed: lookups.length - times.length,
    p50Ms: round(median(times), 1),
    p99Ms: round(percentile(times, 99), 1),
    maxMs: round(largest(times), 1),
  };
}

/** Runs the clients in a child process and collects their samples. */
async function runDriver(plan: DriverPlan): Promise<Sample[]> {
  const driver = fork(fileURLToPath(new URL('./heavy-load-driver.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    driver.send(plan);
    const [samples] = (await once(driver, 'message')) as [Sample[]];
    return samples;
  } finally {
    if (driver.exitCode === null) driver.kill();
  }
}

export interface HeavyKindReport {
  sent: number;
  answered: number;
  refused: number;
  failed: number;
  maxMs: number;
}

export interface HeavyLoadReport {
  scenario: HeavyClients;
  seconds: number;
  heavyConnections: number;
  lookupClients: number;
  lookupEveryMs: number;
  lookups: LookupFigures;
  /** The same readers for a few seconds just before, with no heavy load: what the machine gives them alone. */
  lookupsAlone: LookupFigures;
  heavy: HeavyKindReport & { byKind: Record<string, HeavyKindReport> };
  targets: typeof HEAVY_LOAD_TARGETS;
  pass: boolean;
}

function kindReport(samples: readonly Sample[]): HeavyKindReport {
  return {
    sent: samples.length,
    answered: samples.filter((sample) => sample.status === 200).length,
    refused: samples.filter((sample) => sample.status === 429 && sample.retryAfter !== null).length,
    failed: samples.filter((sample) => sample.status !== 200 && sample.status !== 429).length,
    maxMs: round(largest(samples.map((sample) => sample.ms)), 1),
  };
}

const addresses = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);

export async function heavyLoadTest(
  env: BenchEnvironment,
  options: { scenario: HeavyClients; seconds: number; heavyConnections: number; limits?: ClientLimitSettings },
): Promise<HeavyLoadReport> {
  const limits = createClientLimits(options.limits ?? defaultClientLimits);
  // As `npm start` serves: heavy anonymous requests admitted run in their own thread, with their own handler.
  process.env.BENCH_DYNAMODB_ENDPOINT = env.dynamo.endpoint;
  const heavyLane = createHeavyLane(new URL('./lane-handler.ts', import.meta.url).href);
  const server = await serveLambda(env.handler, { port: 0, host: '127.0.0.1', limits, heavyLane });
  // Sixteen readers each opening a school page a second: within an anonymous client's budget, as people are.
  const lookupClients = 16;
  const lookupEveryMs = 1_000;
  const plan: DriverPlan = {
    url: server.url,
    seconds: options.seconds,
    heavy: {
      bodies: HEAVY_BODIES,
      connections: options.heavyConnections,
      addresses: options.scenario === 'one address' ? ['127.0.0.1'] : addresses('127.0.1', options.heavyConnections),
    },
    // Readers are other people: each from its own address, anonymous.
    lookups: {
      bodies: SEED_URNS.map((urn) => body(SCHOOL_PAGE, { urn })),
      clients: lookupClients,
      everyMs: lookupEveryMs,
      addresses: addresses('127.0.2', lookupClients),
    },
  };
  try {
    const alone = await runDriver({ ...plan, seconds: BASELINE_SECONDS, heavy: { ...plan.heavy, connections: 0 } });
    const samples = await runDriver(plan);
    const heavy = samples.filter((sample) => sample.kind !== 'lookup');
    const kinds = [...new Set(heavy.map((sample) => sample.kind))];
    const report: HeavyLoadReport = {
      scenario: options.scenario,
      seconds: options.seconds,
      heavyConnections: options.heavyConnections,
      lookupClients,
      lookupEveryMs,
      lookups: lookupFigures(samples),
      lookupsAlone: lookupFigures(alone),
      heavy: {
        ...kindReport(heavy),
        byKind: Object.fromEntries(kinds.map((kind) => [kind, kindReport(heavy.filter((s) => s.kind === kind))])),
      },
      targets: HEAVY_LOAD_TARGETS,
      pass: false,
    };
    report.pass =
      report.lookups.failed === 0 &&
      report.lookups.p50Ms < HEAVY_LOAD_TARGETS.lookupP50Ms &&
      report.lookups.p99Ms < HEAVY_LOAD_TARGETS.lookupP99Ms &&
      report.heavy.failed === 0 &&
      report.heavy.maxMs < HEAVY_LOAD_TARGETS.heavyAnswerMs;
    return report;
  } finally {
    await server.close();
    await heavyLane.close();
  }
}
