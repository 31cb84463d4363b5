// A Lambda handler over its own seeded table, with a counter of the DynamoDB requests it sends.
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import {
  countRequests,
  createDocumentClient,
  newRequestCounter,
  type RequestCounter,
} from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import type { SeedParts } from '../../local/seed/national-seed.js';
import { seedIfEmpty } from '../../local/seed/seed.js';
import { createTestTable, type TestTable } from './local-table.js';

/** The date the seeded scenario's statuses are asserted for. */
export const SCENARIO_TODAY = '2026-11-23';

export interface SeededApi {
  table: TestTable;
  counter: RequestCounter;
  handler: ReturnType<typeof createLambdaHandler>;
}

/** The DfE's indicator files (3–4 s of imports) are seeded only where a test asks (`parts.indicators`). */
export async function seededApi(prefix: string, today = SCENARIO_TODAY, parts?: SeedParts): Promise<SeededApi> {
  const table = await createTestTable(prefix);
  await seedIfEmpty({ client: table.client, tableName: table.tableName, parts: { indicators: false, ...parts } });
  const counter = newRequestCounter();
  const client = createDocumentClient(localClientConfig(table.endpoint));
  countRequests(client, counter);
  const handler = createLambdaHandler({ client, tableName: table.tableName }, { today: () => today });
  return { table, counter, handler };
}

export function resetCounter(counter: RequestCounter): void {
  counter.total = 0;
  counter.byCommand = {};
  counter.itemsRead = 0;
}
