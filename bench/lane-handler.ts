// The bench's handler for the heavy lane's thread (local/heavy-lane.ts): the same handler over the bench table, with
// today fixed, its endpoint from the environment the bench sets before it starts the lane.
import { createLambdaHandler } from '../functions/graphql/lambda-handler.js';
import { createDocumentClient } from '../functions/store/index.js';
import { localClientConfig } from '../local/dynamodb-local.js';
import { BENCH_TABLE, BENCH_TODAY } from './environment.js';

const endpoint = process.env.BENCH_DYNAMODB_ENDPOINT;
if (!endpoint) throw new Error('BENCH_DYNAMODB_ENDPOINT is not set: the bench sets it before starting the lane.');

export const handler = createLambdaHandler(
  { client: createDocumentClient(localClientConfig(endpoint)), tableName: BENCH_TABLE },
  { today: () => BENCH_TODAY },
);
