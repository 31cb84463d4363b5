// API Lambda entry (API Gateway HTTP API, payload v2): config, client and server are built once per container.
import { lambdaLogger } from '../lambda-log.js';
import { createLambdaDocumentClient } from '../store/index.js';
import { isProductionPosture, readApiConfig } from './config.js';
import { createLambdaHandler } from './lambda-handler.js';

const config = readApiConfig();
const logger = lambdaLogger('beacon-api');
const client = createLambdaDocumentClient(config.DYNAMODB_ENDPOINT);

export const handler = createLambdaHandler(
  { client, tableName: config.TABLE_NAME },
  {
    logError: (message, cause) => logger.error(message, { error: cause instanceof Error ? cause : String(cause) }),
    production: isProductionPosture(config),
  },
);
