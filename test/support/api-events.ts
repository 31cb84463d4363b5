// API Gateway HTTP API (payload v2) events, shaped as API Gateway sends them.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context, Handler } from 'aws-lambda';

export function graphqlPostEvent(body: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: 'POST /graphql',
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
}

export const lambdaContext = {
  functionName: 'beacon-api-test',
  awsRequestId: 'test',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

export interface GraphQLResponse<T = Record<string, unknown>> {
  statusCode: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  rawBody: string;
}

type ApiHandler = Handler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/** The verified claims of a test administrator, as API Gateway's JWT authorizer passes them. */
export const ADMIN_CLAIMS = { email: 'test-admin@beacon.example', 'custom:role': 'admin', 'custom:scope': 'all' };

/** Sends one GraphQL operation through a Lambda handler as a signed-in admin and parses the structured result. */
export async function invoke<T = Record<string, unknown>>(
  handler: ApiHandler,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return invokeAs<T>(handler, ADMIN_CLAIMS, query, variables);
}

/** The same with no token at all: what the public route sees. */
export async function invokeAnonymous<T = Record<string, unknown>>(
  handler: ApiHandler,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return invokeRaw<T>(handler, JSON.stringify({ query, variables }));
}

/** As API Gateway's JWT authorizer passes a verified caller's claims. */
export function withClaims(event: APIGatewayProxyEventV2, claims: Record<string, string>): APIGatewayProxyEventV2 {
  return {
    ...event,
    requestContext: { ...event.requestContext, authorizer: { jwt: { claims, scopes: [] } } },
  } as APIGatewayProxyEventV2;
}

export async function invokeAs<T = Record<string, unknown>>(
  handler: ApiHandler,
  claims: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return invokeEvent<T>(handler, withClaims(graphqlPostEvent(JSON.stringify({ query, variables })), claims));
}

/** A raw body, sent anonymously. */
export async function invokeRaw<T = Record<string, unknown>>(
  handler: ApiHandler,
  body: string,
): Promise<GraphQLResponse<T>> {
  return invokeEvent<T>(handler, graphqlPostEvent(body));
}

async function invokeEvent<T>(handler: ApiHandler, event: APIGatewayProxyEventV2): Promise<GraphQLResponse<T>> {
  const result = await handler(event, lambdaContext, () => undefined);
  if (!result) throw new Error('The handler returned no result');
  const rawBody = result.body ?? '';
  return { statusCode: result.statusCode ?? 200, body: JSON.parse(rawBody), rawBody };
}
