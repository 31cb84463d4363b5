// The reassessment job measured at scale: a generated population, the job run twice for one day, and the
// DynamoDB requests and items each run cost. Shared by the bench (bench/reassessment.ts) and the cost test.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReminderSender } from '../../functions/notify/reminder-sender.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import { countRequests, createDocumentClient, newRequestCounter } from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { generatePopulation, writePopulation } from './reassessment-population.js';

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
      else if (output.Responses)
        tally.items += Object.values(output.Responses).reduce((sum, items) => sum + items.length, 0);
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
  const sender: ReminderSender = { channel: 'bench', send: async () => undefined };
  const store = { client, tableName: target.tableName };

  const run = async () => {
    counter.total = 0;
    counter.byCommand = {};
    tally.items = 0;
    const started = performance.now();
    const report = await runReassessment({ store, senders: [sender] }, { today: BENCH_TODAY });
    return {
      report,
      figures: {
        requests: counter.total,
        byCommand: { ...counter.byCommand },
        itemsRead: tally.items,
        ms: Math.round(performance.now() - started),
      },
    };
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
