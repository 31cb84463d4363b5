// S3-triggered Lambda entry (EventBridge "Object Created" for uploads under imports/): config and clients are
// built once per container.
import { S3Client } from '@aws-sdk/client-s3';
import { lambdaLog } from '../lambda-log.js';
import { createLambdaDocumentClient } from '../store/index.js';
import { readImporterConfig } from './config.js';
import { createImportHandler } from './create-handler.js';

const config = readImporterConfig();
// An import is thousands of writes: give throttled requests more room than the SDK's default 3 attempts.
const client = createLambdaDocumentClient(config.DYNAMODB_ENDPOINT, { maxAttempts: 8 });
const s3 = new S3Client({});

export const handler = createImportHandler({
  store: { client, tableName: config.TABLE_NAME },
  s3,
  log: lambdaLog('beacon-importer'),
});
