// What API Gateway (HTTP API, payload format 2.0) does around a Lambda, on one machine: the event it builds
// from an HTTP request, the invocation (promise or callback), and the HTTP response it makes of the result.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Callback,
  Context,
} from 'aws-lambda';

/** The shape of an HTTP API Lambda entry (what @as-integrations/aws-lambda returns). */
export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
  callback: Callback<APIGatewayProxyResultV2>,
  // biome-ignore lint/suspicious/noConfusingVoidType: the aws-lambda Handler type, which returns void for callbacks.
) => void | Promise<APIGatewayProxyResultV2 | undefined>;

const FUNCTION_TIMEOUT_MS = 30_000;
const FUNCTION_NAME = 'beacon-graphql-local';

/** Content types API Gateway passes through as text; any other body arrives base64-encoded. */
function isTextContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('text/') ||
    /^application\/(json|graphql|javascript|xml|x-www-form-urlencoded|graphql-response\+json)$/.test(type) ||
    /\+(json|xml)$/.test(type)
  );
}

export function toEvent(request: IncomingMessage, url: URL, body: Buffer): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  const raw = request.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = (raw[index] ?? '').toLowerCase();
    const value = raw[index + 1] ?? '';
    // Payload 2.0 moves cookies out of the headers into their own list.
    if (name === 'cookie') {
      cookies.push(
        ...value
          .split(';')
          .map((cookie) => cookie.trim())
          .filter((cookie) => cookie !== ''),
      );
      continue;
    }
    // Repeated headers are joined with commas, as API Gateway does.
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }

  const rawQueryString = url.search.startsWith('?') ? url.search.slice(1) : url.search;
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  }

  const now = new Date();
  const requestId = randomUUID();
  const hasBody = body.length > 0;
  const isBase64Encoded = hasBody && !isTextContentType(headers['content-type']);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(rawQueryString !== '' ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: normaliseIp(request.socket.remoteAddress),
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: formatRequestTime(now),
      timeEpoch: now.getTime(),
    },
    ...(hasBody ? { body: body.toString(isBase64Encoded ? 'base64' : 'utf8') } : {}),
    isBase64Encoded,
  };
}

function normaliseIp(address: string | undefined): string {
  if (address === undefined) return '127.0.0.1';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** API Gateway's CLF-style time, e.g. 12/Mar/2020:19:03:58 +0000. */
function formatRequestTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()] ?? ''}/${date.getUTCFullYear()}:` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

/** Calls the handler once, settling on its promise or its callback, whichever it uses. */
export function invoke(
  handler: HttpApiHandler,
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyResultV2 | undefined> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown, result?: APIGatewayProxyResultV2) => {
      if (settled) return;
      settled = true;
      if (error !== undefined && error !== null) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    };
    const deadline = Date.now() + FUNCTION_TIMEOUT_MS;
    const requestId = event.requestContext.requestId;
    const context: Context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: FUNCTION_NAME,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:eu-west-2:000000000000:function:${FUNCTION_NAME}`,
      memoryLimitInMB: '1024',
      awsRequestId: requestId,
      logGroupName: `/aws/lambda/${FUNCTION_NAME}`,
      logStreamName: 'local',
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: (error?: Error, result?: unknown) => settle(error, result as APIGatewayProxyResultV2),
      fail: (error: Error | string) => settle(error),
      succeed: (result: unknown) => settle(null, result as APIGatewayProxyResultV2),
    };
    try {
      const returned = handler(event, context, (error, result) => settle(error, result));
      if (returned !== undefined)
        returned.then(
          (result) => settle(null, result),
          (error: unknown) => settle(error),
        );
    } catch (error) {
      settle(error);
    }
  });
}

export function writeResult(response: ServerResponse, result: APIGatewayProxyResultV2 | undefined): void {
  // Without a statusCode, API Gateway treats whatever was returned as a JSON body.
  if (typeof result !== 'object' || result === null || result.statusCode === undefined) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
    return;
  }
  const structured: APIGatewayProxyStructuredResultV2 = result;
  for (const [name, value] of Object.entries(structured.headers ?? {})) response.setHeader(name, String(value));
  if (structured.cookies !== undefined && structured.cookies.length > 0) {
    response.setHeader('set-cookie', structured.cookies);
  }
  response.statusCode = structured.statusCode ?? 200;
  const body = structured.body ?? '';
  response.end(Buffer.from(body, structured.isBase64Encoded === true ? 'base64' : 'utf8'));
}
