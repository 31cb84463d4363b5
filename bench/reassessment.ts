// The reassessment job at scale: 20,000 schools, 1% with an award due in the job's window (and 5% with one due
// later). Reports the job's DynamoDB requests and time; they follow the awards due, not the schools.
// Alone: `npx tsx bench/reassessment.ts`; `npm run bench` calls benchReassessment().
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../functions/store/index.js';
import { localClientConfig, startDynamoDbLocal } from '../local/dynamodb-local.js';
import { BENCH_TODAY, measureReassessment, type ReassessmentBench } from '../test/support/reassessment-measure.js';
import { mergeResults } from './report.js';

/** Runs the 20,000-school case on its own DynamoDB Local (or `endpoint`) and saves it under "reassessment". */
export async function benchReassessment(
  options: { endpoint?: string; save?: boolean } = {},
): Promise<ReassessmentBench> {
  const dynamo = options.endpoint ? null : await startDynamoDbLocal();
  const endpoint = options.endpoint ?? dynamo!.endpoint;
  const tableName = `bench-reassessment-${Date.now()}`;
  const raw = new DynamoDBClient(localClientConfig(endpoint));
  try {
    await ensureTable(raw, tableName);
    const result = await measureReassessment({ endpoint, tableName });
    // Merged: the other benchmarks' keys in bench/results/latest.json stay as they are.
    if (options.save ?? true)
      await mergeResults({ reassessment: { ...result, measuredAt: new Date().toISOString(), today: BENCH_TODAY } });
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
    `reassessment: ${result.schools} schools, ${result.dueAwards} awards due -> ` +
      `${result.requests} DynamoDB requests, ` +
      `${result.itemsRead} items read, ${result.ms} ms, ${result.remindersSent} reminders sent; ` +
      `rerun ${result.rerun.requests} requests, ${result.rerun.itemsRead} items read, ${result.rerun.ms} ms`,
  );
  console.log(JSON.stringify(result.byCommand));
}
