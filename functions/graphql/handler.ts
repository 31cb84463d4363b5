// API Lambda entry (API Gateway HTTP API, payload v2): config, client and server are built once per container.
import { lambdaErrorLog } from '../lambda-log.js';
import { createLambdaDocumentClient } from '../store/index.js';
import { isProductionPosture, readApiConfig } from './config.js';
import { createLambdaHandler } from './lambda-handler.js';

const config = readApiConfig();
const client = createLambdaDocumentClient(config.DYNAMODB_ENDPOINT);

export const handler = createLambdaHandler(
  { client, tableName: config.TABLE_NAME },
  {
    logError: lambdaErrorLog('beacon-api', import.meta.url),
    production: isProductionPosture(config),
  },
);
