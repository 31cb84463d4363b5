// Per-request context: fresh DataLoaders (one per entity), the caller, and the date the request is answered for.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parseRole, type Caller, type Role } from '../core/authorization.js';
import type { ChangeContext } from '../core/change.js';
import type { IsoDate } from '../core/records.js';
import { todayInLondon } from '../core/calendar.js';
import { createRequestStore, type RequestStore, type StoreConfig } from '../store/beacon-store.js';

export interface GraphQLContext {
  store: RequestStore;
  /** For mutations: the same table, read and written consistently. */
  storeConfig: StoreConfig;
  /** Today in England; derived statuses are computed for this date. */
  today: IsoDate;
  /** Who is asking, from the verified JWT in the cloud. */
  caller: Caller;
  actor: string;
  /** The audit context of a mutation. */
  change(action: string): ChangeContext;
}

export interface ContextOptions {
  /** Fixes "today" (tests, what-if runs); defaults to the real date in Europe/London. */
  today?: () => IsoDate;
  /** The caller when the request carries no verified identity: local runs and tests only. */
  unauthenticatedCaller?: { id: string; role: Role | null };
}

interface JwtClaims {
  email?: string;
  sub?: string;
  'custom:role'?: string;
  'custom:scope'?: string;
}

/** API Gateway has verified the JWT before the Lambda runs; its claims name the caller and their role. */
function callerOf(event: APIGatewayProxyEventV2 | undefined, fallback: ContextOptions['unauthenticatedCaller']): Caller {
  const authorizer = (event?.requestContext as { authorizer?: { jwt?: { claims?: JwtClaims } } } | undefined)?.authorizer;
  const claims = authorizer?.jwt?.claims;
  if (claims) {
    return { id: claims.email ?? claims.sub ?? 'unknown', role: parseRole(claims['custom:role']), scope: claims['custom:scope'] ?? null };
  }
  return { id: fallback?.id ?? 'anonymous', role: fallback?.role ?? null, scope: null };
}

export function createContextFactory(storeConfig: StoreConfig, options: ContextOptions = {}) {
  const today = options.today ?? (() => todayInLondon());
  return async (event?: APIGatewayProxyEventV2): Promise<GraphQLContext> => {
    const caller = callerOf(event, options.unauthenticatedCaller);
    const actor = caller.id;
    return {
      caller,
      store: createRequestStore(storeConfig),
      storeConfig,
      today: today(),
      actor,
      change: (action) => ({ actor, action, at: new Date().toISOString() }),
    };
  };
}
