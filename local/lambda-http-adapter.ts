// Serves a Lambda handler over plain HTTP the way an API Gateway HTTP API (payload format 2.0) would call it,
// plus the GraphiQL explorer page that API Gateway does not have.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { graphqlPath, publicGraphqlPath } from '../functions/deployment.js';
import { ATOM_PATH } from '../functions/feeds/atom-request.js';
import { MAX_REQUEST_BODY_BYTES } from '../functions/graphql/malformed-request.js';
import { type HttpApiHandler, invoke, toEvent, writeResult } from './api-gateway-emulation.js';
import type { ClientLimits } from './client-limits.js';
import type { HeavyLane } from './heavy-lane.js';
import { acceptsHtml, isLoopbackHost, isOwnOrigin, readBody, sendJson, sendRateLimited } from './http-exchange.js';
import type { Authentication } from './local-identity.js';

export type { HttpApiHandler };

export interface ServeLambdaOptions {
  /** 0 picks a free port; the chosen one is returned. */
  port: number;
  host: string;
  /** Larger request bodies get 413 unread; the default is the API handler's own limit. */
  maxBodyBytes?: number;
  /** Query shown in a fresh explorer tab. */
  explorerDefaultQuery?: string;
  /** false in the production posture: without introspection the explorer would show no schema. */
  explorer?: boolean;
  /**
   * Plays API Gateway's JWT authorizer: verifies the Authorization header and hands the handler the claims.
   * Without it every request is anonymous.
   */
  authenticate?: (authorization: string | undefined) => Promise<Authentication>;
  /** Per-client budgets and the cap on heavy anonymous requests (client-limits.ts); none without it. */
  limits?: ClientLimits;
  /** Where admitted heavy anonymous requests run (heavy-lane.ts): off the server's event loop. In-process without. */
  heavyLane?: HeavyLane;
  /** Serves the web page at every address outside the API (see web-pages.ts); true when it answered. */
  web?: (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<boolean>;
  /** The Atom feeds' handler (functions/feeds), called as API Gateway's feed route calls it in AWS. */
  feeds?: AtomFeedHandler;
}

type AtomFeedHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;

export interface LambdaHttpServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = MAX_REQUEST_BODY_BYTES;

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
    if (origin !== undefined && !isOwnOrigin(origin, request.socket.localPort)) {
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
    const isApi = url.pathname === graphqlPath || url.pathname.startsWith(`${graphqlPath}/`);
    if (options.feeds && isRead && ATOM_PATH.test(url.pathname)) {
      writeResult(response, await options.feeds(toEvent(request, url, Buffer.alloc(0))));
      return;
    }
    if (options.web && !isApi && url.pathname !== publicGraphqlPath) {
      if (await options.web(request, response, url.pathname)) return;
    }
    if (url.pathname === '/' && isRead) {
      response.writeHead(302, { location: graphqlPath }).end();
      return;
    }
    const isPublic = url.pathname === publicGraphqlPath;
    if (!isPublic && url.pathname !== graphqlPath && !url.pathname.startsWith(`${graphqlPath}/`)) {
      sendJson(response, 404, { message: 'Not Found' });
      return;
    }
    if (options.explorer !== false && isRead && url.pathname === graphqlPath && acceptsHtml(request.headers.accept)) {
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
    const admission = await options.limits?.admit(request, url, body, authentication);
    if (admission && !admission.admitted) {
      sendRateLimited(response, admission);
      return;
    }
    try {
      const event = toEvent(request, url, body);
      if (authentication.kind === 'verified') {
        // Where API Gateway's JWT authorizer puts verified claims (payload 2.0); the handler reads nothing else.
        Object.assign(event.requestContext, { authorizer: { jwt: { claims: authentication.claims, scopes: [] } } });
      }
      const lane = admission?.admitted && admission.heavy ? options.heavyLane : undefined;
      const result = lane ? await lane.invoke(event) : await invoke(handler, event);
      writeResult(response, result);
    } finally {
      admission?.release();
    }
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
