// A test's handler for the heavy lane's thread (local/heavy-lane.ts): the real handler over the test table the
// environment names, as functions/graphql/handler.ts reads its table from the environment in Lambda.
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { createDocumentClient } from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';

const endpoint = process.env.LANE_DYNAMODB_ENDPOINT;
const tableName = process.env.LANE_TABLE_NAME;
const today = process.env.LANE_TODAY;
if (!endpoint || !tableName || !today) {
  throw new Error('Set LANE_DYNAMODB_ENDPOINT, LANE_TABLE_NAME and LANE_TODAY before starting the lane.');
}

export const handler = createLambdaHandler(
  { client: createDocumentClient(localClientConfig(endpoint)), tableName },
  { today: () => today },
);
