// Requests refused before Apollo sees them, with a GraphQL-shaped body: too large, not JSON, or with extensions
// Beacon does not take (a persisted query, or `extensions` that are not an object).
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
  let request: { query?: unknown; extensions?: unknown } | null;
  try {
    request = JSON.parse(body) as typeof request;
  } catch (error) {
    const reason = withoutEchoedInput(error instanceof Error ? error.message : 'unreadable body');
    return refusal(
      400,
      'BAD_REQUEST',
      `The request body is not valid JSON (${reason}). Send {"query": "...", "variables": {...}}.`,
    );
  }
  return rejectHugeDocument(request?.query) ?? rejectExtensions(request?.extensions);
}

/**
 * Automatic persisted queries are off (the web page sends whole documents): a request naming one is the caller's
 * mistake, so it is a 400 here rather than Apollo's 200, or the 500 its unknown-hash answer used to become.
 */
function rejectExtensions(extensions: unknown): APIGatewayProxyStructuredResultV2 | undefined {
  if (extensions === undefined || extensions === null) return undefined;
  if (typeof extensions !== 'object' || Array.isArray(extensions)) {
    return refusal(
      400,
      'BAD_REQUEST',
      'The request\'s "extensions" must be a JSON object when sent; Beacon needs none.',
    );
  }
  if ('persistedQuery' in extensions) {
    return refusal(
      400,
      'PERSISTED_QUERY_NOT_SUPPORTED',
      'Beacon does not take persisted queries: send the whole document as "query", without extensions.persistedQuery.',
    );
  }
  return undefined;
}

function rejectHugeDocument(query: unknown): APIGatewayProxyStructuredResultV2 | undefined {
  if (typeof query !== 'string' || !hasTooManyTokens(query)) return undefined;
  return refusal(
    400,
    'QUERY_TOO_COMPLEX',
    `The query has more than ${queryLimits.tokens} tokens. Ask for less in one request.`,
  );
}

/** GET requests carry the document, and any extensions as JSON text, in the query string. */
export function rejectMalformedQueryString(
  event: APIGatewayProxyEventV2,
): APIGatewayProxyStructuredResultV2 | undefined {
  if (event.requestContext.http.method !== 'GET') return undefined;
  const { query, extensions } = event.queryStringParameters ?? {};
  return rejectHugeDocument(query) ?? (extensions === undefined ? undefined : rejectExtensionsText(extensions));
}

function rejectExtensionsText(text: string): APIGatewayProxyStructuredResultV2 | undefined {
  try {
    return rejectExtensions(JSON.parse(text));
  } catch {
    return refusal(400, 'BAD_REQUEST', 'The "extensions" parameter is not valid JSON; Beacon needs none.');
  }
}
