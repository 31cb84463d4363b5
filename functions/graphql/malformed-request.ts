// Requests refused before Apollo sees them, with a GraphQL-shaped body: too large, or not JSON.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { withoutEchoedInput } from './errors.js';
import { hasTooManyTokens, queryLimits } from './query-limits.js';

/** Far above any real operation (the largest mutation with notes is under 40 KB); the local server shares it. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

function refusal(statusCode: number, code: string, message: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

export function rejectMalformedBody(event: APIGatewayProxyEventV2): APIGatewayProxyStructuredResultV2 | undefined {
  if (!event.body) return undefined;
  const bytes = event.isBase64Encoded ? Math.floor((event.body.length * 3) / 4) : Buffer.byteLength(event.body);
  if (bytes > MAX_REQUEST_BODY_BYTES) {
    return refusal(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than ${MAX_REQUEST_BODY_BYTES / 1024} KiB; send one smaller operation.`,
    );
  }
  if (event.requestContext.http.method !== 'POST') return undefined;
  const contentType = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (!contentType?.toLowerCase().includes('json')) return undefined;
  const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    return rejectHugeDocument((JSON.parse(body) as { query?: unknown } | null)?.query);
  } catch (error) {
    const reason = withoutEchoedInput(error instanceof Error ? error.message : 'unreadable body');
    return refusal(
      400,
      'BAD_REQUEST',
      `The request body is not valid JSON (${reason}). Send {"query": "...", "variables": {...}}.`,
    );
  }
}

function rejectHugeDocument(query: unknown): APIGatewayProxyStructuredResultV2 | undefined {
  if (typeof query !== 'string' || !hasTooManyTokens(query)) return undefined;
  return refusal(
    400,
    'QUERY_TOO_COMPLEX',
    `The query has more than ${queryLimits.tokens} tokens. Ask for less in one request.`,
  );
}

/** GET requests carry the document in the query string. */
export function rejectHugeQueryString(event: APIGatewayProxyEventV2): APIGatewayProxyStructuredResultV2 | undefined {
  return event.requestContext.http.method === 'GET'
    ? rejectHugeDocument(event.queryStringParameters?.query)
    : undefined;
}
