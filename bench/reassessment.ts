// The reassessment job at scale: 20,000 schools, 1% with an award due in the job's window (and 5% with one due
// later). Reports the job's DynamoDB requests and time; they follow the awards due, not the schools.
// Alone: `npx tsx bench/reassessment.ts`; `npm run bench` calls benchReassessment().
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ReminderSender } from '../functions/notify/reminder-sender.js';
import { runReassessment } from '../functions/reassessment/run.js';
import { ensureTable } from '../functions/store/create-table.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { countRequests, createDocumentClient, newRequestCounter } from '../functions/store/document-client.js';
import { localClientConfig, startDynamoDbLocal } from '../local/dynamodb-local.js';
import { generatePopulation, writePopulation } from './reassessment-population.js';
import { mergeResults } from './report.js';

export const BENCH_TODAY = '2026-11-23';

export interface RunFigures {
  requests: number;
  byCommand: Record<string, number>;
  /** Items DynamoDB read for the job (Query: scanned; batch and single gets: returned). A Scan would read 20,000+. */
  itemsRead: number;
  ms: number;
}

/** Adds up the items each read request touched, from the responses. */
function countItemsRead(client: DynamoDBDocumentClient, tally: { items: number }): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const output = result.output as { ScannedCount?: number; Responses?: Record<string, unknown[]>; Item?: unknown };
      if (typeof output.ScannedCount === 'number') tally.items += output.ScannedCount;
      else if (output.Responses) tally.items += Object.values(output.Responses).reduce((sum, items) => sum + items.length, 0);
      else if (output.Item) tally.items += 1;
      return result;
    },
    { step: 'initialize', name: 'benchItemsRead', override: true },
  );
}

export interface ReassessmentBench extends RunFigures {
  schools: number;
  dueAwards: number;
  /** Awards in the index but due outside the window: they must cost nothing. */
  otherAwards: number;
  remindersSent: number;
  flagged: number;
  /** The same day again: nothing to send, reads only. */
  rerun: RunFigures & { remindersSent: number };
}

export interface MeasureOptions {
  schools?: number;
  dueShare?: number;
  otherShare?: number;
}

/** Populates the table and runs the job twice for BENCH_TODAY, counting only the job's requests. */
export async function measureReassessment(
  target: { endpoint: string; tableName: string },
  options: MeasureOptions = {},
): Promise<ReassessmentBench> {
  const schools = options.schools ?? 20_000;
  const dueAwards = Math.round(schools * (options.dueShare ?? 0.01));
  const otherAwards = Math.round(schools * (options.otherShare ?? 0.05));
  const loader = createDocumentClient(localClientConfig(target.endpoint));
  const population = generatePopulation({ schools, dueAwards, otherAwards, today: BENCH_TODAY });
  await writePopulation({ client: loader, tableName: target.tableName }, population.items);
  loader.destroy();

  const client = createDocumentClient(localClientConfig(target.endpoint));
  const counter = newRequestCounter();
  countRequests(client, counter);
  const tally = { items: 0 };
  countItemsRead(client, tally);
  let delivered = 0;
  const sender: ReminderSender = { channel: 'bench', send: async () => void (delivered += 1) };
  const store = { client, tableName: target.tableName };

  const run = async () => {
    counter.total = 0;
    counter.byCommand = {};
    tally.items = 0;
    const started = performance.now();
    const report = await runReassessment({ store, senders: [sender] }, { today: BENCH_TODAY });
    return { report, figures: { requests: counter.total, byCommand: { ...counter.byCommand }, itemsRead: tally.items, ms: Math.round(performance.now() - started) } };
  };
  const first = await run();
  const second = await run();
  client.destroy();
  return {
    ...first.figures,
    schools,
    dueAwards: first.report.dueAwards,
    otherAwards,
    remindersSent: first.report.sent.length,
    flagged: first.report.flags.length,
    rerun: { ...second.figures, remindersSent: second.report.sent.length },
  };
}

/** Runs the 20,000-school case on its own DynamoDB Local (or `endpoint`) and saves it under "reassessment". */
export async function benchReassessment(options: { endpoint?: string; save?: boolean } = {}): Promise<ReassessmentBench> {
  const dynamo = options.endpoint ? null : await startDynamoDbLocal();
  const endpoint = options.endpoint ?? dynamo!.endpoint;
  const tableName = `bench-reassessment-${Date.now()}`;
  const raw = new DynamoDBClient(localClientConfig(endpoint));
  try {
    await ensureTable(raw, tableName);
    const result = await measureReassessment({ endpoint, tableName });
    // Merged: the other benchmarks' keys in bench/results/latest.json stay as they are.
    if (options.save ?? true) await mergeResults({ reassessment: { ...result, measuredAt: new Date().toISOString(), today: BENCH_TODAY } });
    return result;
  } finally {
    raw.destroy();
    await dynamo?.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const result = await benchReassessment();
  console.log(
    `reassessment: ${result.schools} schools, ${result.dueAwards} awards due -> ${result.requests} DynamoDB requests, ` +
      `${result.itemsRead} items read, ${result.ms} ms, ${result.remindersSent} reminders sent; ` +
      `rerun ${result.rerun.requests} requests, ${result.rerun.itemsRead} items read, ${result.rerun.ms} ms`,
  );
  console.log(JSON.stringify(result.byCommand));
}
