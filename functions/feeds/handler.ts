// Atom feeds Lambda entry (API Gateway HTTP API, payload v2): a small function of its own, so the API's bundle and
// cold start carry no feed code, and the feeds' none of Apollo.
import { readApiConfig } from '../graphql/config.js';
import { createLambdaDocumentClient } from '../store/index.js';
import { createAtomFeedHandler } from './atom-request.js';

const config = readApiConfig();
const client = createLambdaDocumentClient(config.DYNAMODB_ENDPOINT);

export const handler = createAtomFeedHandler(
  { client, tableName: config.TABLE_NAME },
  { siteOrigin: process.env.SITE_ORIGIN || undefined },
);
