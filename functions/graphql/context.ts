// Per-request context: fresh DataLoaders (one per entity), the caller, and the date the request is answered for.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ANONYMOUS, type Caller, parseRole } from '../core/authorization.js';
import { todayInLondon } from '../core/calendar.js';
import type { ChangeContext } from '../core/change.js';
import type { IsoDate } from '../core/records.js';
import { type BeaconStore, openStore, type StoreConfig } from '../store/index.js';

export interface GraphQLContext {
  /** The store for this request: fresh DataLoaders, so each read by key is batched and cached per request. */
  store: BeaconStore;
  /** Today in England; derived statuses are computed for this date. */
  today: IsoDate;
  /** Who is asking: from claims a JWT authorizer verified, or anonymous. */
  caller: Caller;
  actor: string;
  /** The audit context of a mutation. */
  change(action: string): ChangeContext;
}

export interface ContextOptions {
  /** Fixes "today" (tests, what-if runs); defaults to the real date in Europe/London. */
  today?: () => IsoDate;
}

interface JwtClaims {
  email?: string;
  sub?: string;
  'custom:role'?: string;
  'custom:scope'?: string;
}

/**
 * The caller is read only from claims an authorizer verified: API Gateway's JWT authorizer in AWS, the local
 * server's jose check on one machine. A request without them (the public route, no token) is anonymous.
 */
export function callerOf(event: APIGatewayProxyEventV2 | undefined): Caller {
  const authorizer = (event?.requestContext as { authorizer?: { jwt?: { claims?: JwtClaims } } } | undefined)
    ?.authorizer;
  const claims = authorizer?.jwt?.claims;
  if (!claims) return ANONYMOUS;
  return {
    id: claims.email ?? claims.sub ?? 'unknown',
    role: parseRole(claims['custom:role']),
    scope: claims['custom:scope'] ?? null,
  };
}

/** A context for a caller the process itself vouches for (the seed, jobs); never built from a request. */
export function createCallerContext(
  storeConfig: StoreConfig,
  caller: Caller,
  options: ContextOptions = {},
): GraphQLContext {
  const today = options.today ?? (() => todayInLondon());
  return {
    caller,
    store: openStore(storeConfig),
    today: today(),
    actor: caller.id,
    change: (action) => ({
      actor: caller.id,
      ...(caller.role ? { actorRole: caller.role } : {}),
      ...(caller.scope ? { actorScope: caller.scope } : {}),
      action,
      at: new Date().toISOString(),
    }),
  };
}

export function createContextFactory(storeConfig: StoreConfig, options: ContextOptions = {}) {
  return async (event?: APIGatewayProxyEventV2): Promise<GraphQLContext> =>
    createCallerContext(storeConfig, callerOf(event), options);
}
