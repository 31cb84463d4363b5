// Serves a Lambda handler over plain HTTP the way an API Gateway HTTP API (payload format 2.0) would call it,
// plus the GraphiQL explorer page that API Gateway does not have.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { graphqlPath, publicGraphqlPath } from '../functions/deployment.js';
import { MAX_REQUEST_BODY_BYTES } from '../functions/graphql/malformed-request.js';
import type { Authentication } from './local-identity.js';
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

export interface ServeLambdaOptions {
  /** 0 picks a free port; the chosen one is returned. */
  port: number;
  host: string;
  /** Larger request bodies get 413 unread; the default is the API handler's own limit. */
  maxBodyBytes?: number;
  /** Query shown in a fresh explorer tab. */
  explorerDefaultQuery?: string;
  /**
   * Plays API Gateway's JWT authorizer: verifies the Authorization header and hands the handler the claims.
   * Without it every request is anonymous.
   */
  authenticate?: (authorization: string | undefined) => Promise<Authentication>;
}

export interface LambdaHttpServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = MAX_REQUEST_BODY_BYTES;
const FUNCTION_TIMEOUT_MS = 30_000;
const FUNCTION_NAME = 'beacon-graphql-local';

export const defaultExplorerQuery = `# Beacon: the inclusion status of English schools.
# Run with Ctrl-Enter; the Docs pane lists every type and field.
query SchoolsOfTowerHamlets {
  localAuthority(code: "211") {
    name
  }
  schools(filter: { localAuthority: "211" }, first: 10) {
    totalCount
    edges {
      node {
        urn
        name
        type
        inclusionStatus {
          awardLevel
          awardStatus
          nextDueOn
          latestInspectionOn
          inclusionGrade
          legacyOverallGrade
        }
      }
    }
  }
}
`;

export async function serveLambda(handler: HttpApiHandler, options: ServeLambdaOptions): Promise<LambdaHttpServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let explorerPage: Buffer | undefined;
  // Rendered on first use: the page inlines GraphiQL's JS and CSS (about 9 MB), so no CDN is contacted.
  const explorer = () =>
    (explorerPage ??= Buffer.from(
      renderGraphiQL({
        endpoint: graphqlPath,
        title: 'Beacon GraphQL explorer',
        defaultQuery: options.explorerDefaultQuery ?? defaultExplorerQuery,
      }),
      'utf8',
    ));

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('Local HTTP adapter failed:', error);
      if (!response.headersSent) sendJson(response, 500, { message: 'Internal Server Error' });
      else response.destroy();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host; refuse it.
    if (!isLoopbackHost(request.headers.host)) {
      sendJson(response, 403, {
        errors: [
          {
            message: 'Beacon answers only requests addressed to localhost or 127.0.0.1.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, request.headers.host)) {
      sendJson(response, 403, {
        errors: [
          {
            message: `Beacon's local API serves only its own pages, not ${origin.slice(0, 100)}.`,
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
      return;
    }
    if (origin !== undefined) response.setHeader('vary', 'Origin');
    if (method === 'OPTIONS') {
      // Same-origin pages never need a preflight; answering one for our own origin keeps tools that send it working.
      response.writeHead(204, {
        'access-control-allow-origin': origin ?? '',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '3600',
      });
      response.end();
      return;
    }
    if (origin !== undefined) response.setHeader('access-control-allow-origin', origin);
    const isRead = method === 'GET' || method === 'HEAD';
    if (url.pathname === '/' && isRead) {
      response.writeHead(302, { location: graphqlPath }).end();
      return;
    }
    const isPublic = url.pathname === publicGraphqlPath;
    if (!isPublic && url.pathname !== graphqlPath && !url.pathname.startsWith(`${graphqlPath}/`)) {
      sendJson(response, 404, { message: 'Not Found' });
      return;
    }
    if (isRead && url.pathname === graphqlPath && acceptsHtml(request.headers.accept)) {
      const page = explorer();
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': page.length,
        'cache-control': 'no-store',
      });
      response.end(method === 'HEAD' ? undefined : page);
      return;
    }
    const body = await readBody(request, maxBodyBytes);
    if (body === 'too-large') {
      // Close the connection: the rest of an oversized body is not worth reading.
      response.setHeader('connection', 'close');
      sendJson(response, 413, {
        errors: [
          {
            message:
              `The request body is larger than ${Math.round(maxBodyBytes / 1024)} KiB; send one smaller ` +
              `operation.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
      request.resume();
      return;
    }
    // As in AWS: the public route has no authorizer, so whatever token comes with it, the caller is anonymous.
    const authentication =
      options.authenticate && !isPublic
        ? await options.authenticate(request.headers.authorization)
        : { kind: 'anonymous' as const };
    if (authentication.kind === 'refused') {
      response.setHeader('www-authenticate', `Bearer realm="beacon", error="invalid_token"`);
      sendJson(response, 401, {
        errors: [{ message: `Not signed in: ${authentication.reason}.`, extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    const event = toEvent(request, url, body);
    if (authentication.kind === 'verified') {
      // Where API Gateway's JWT authorizer puts verified claims (payload 2.0); the handler reads nothing else.
      Object.assign(event.requestContext, { authorizer: { jwt: { claims: authentication.claims, scopes: [] } } });
    }
    const result = await invoke(handler, event);
    writeResult(response, result);
  }

  server.listen(options.port, options.host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]: unknown[]) => Promise.reject(error)),
  ]);
  const { port } = server.address() as AddressInfo;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostForUrl}:${port}${graphqlPath}`,
    port,
    close: async () => {
      const closed = once(server, 'close');
      server.close();
      // Keep-alive sockets (e.g. a browser's) would otherwise hold close() open.
      server.closeAllConnections();
      await closed;
    },
  };
}

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

/** The page Beacon serves itself, under either loopback name of the same port. */
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  const port = host?.split(':').at(-1);
  return ['localhost', '127.0.0.1', '[::1]'].some((name) => origin === `http://${name}:${port}`);
}

/** The explorer is served only to browsers; a client asking for JSON gets the API. */
function acceptsHtml(accept: string | undefined): boolean {
  return accept !== undefined && /\btext\/html\b/i.test(accept);
}

function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve('too-large');
  // Listeners rather than for-await: leaving a for-await early destroys the socket before the 413 is written.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: Buffer | 'too-large' | Error) => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      // Chunked bodies declare no length, so the limit is also enforced while reading.
      if (size > maxBytes) finish('too-large');
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    const onError = (error: Error) => finish(error);
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

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

function toEvent(request: IncomingMessage, url: URL, body: Buffer): APIGatewayProxyEventV2 {
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
function invoke(handler: HttpApiHandler, event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2 | undefined> {
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

function writeResult(response: ServerResponse, result: APIGatewayProxyResultV2 | undefined): void {
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

function sendJson(response: ServerResponse, statusCode: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  response.writeHead(statusCode, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
