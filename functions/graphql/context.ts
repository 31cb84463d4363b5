// Per-request context: fresh DataLoaders (one per entity), the caller, and the date the request is answered for.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
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
  /** Who is asking: the JWT subject in the cloud, the local user locally. */
  actor: string;
  /** The audit context of a mutation. */
  change(action: string): ChangeContext;
}

export interface ContextOptions {
  /** Fixes "today" (tests, what-if runs); defaults to the real date in Europe/London. */
  today?: () => IsoDate;
  /** The actor when the request carries no verified identity (local runs and tests). */
  defaultActor?: string;
}

interface JwtClaims {
  email?: string;
  sub?: string;
}

/** API Gateway has verified the JWT before the Lambda runs; its claims name the caller. */
function actorOf(event: APIGatewayProxyEventV2 | undefined, fallback: string): string {
  const authorizer = (event?.requestContext as { authorizer?: { jwt?: { claims?: JwtClaims } } } | undefined)?.authorizer;
  const claims = authorizer?.jwt?.claims;
  return claims?.email ?? claims?.sub ?? fallback;
}

export function createContextFactory(storeConfig: StoreConfig, options: ContextOptions = {}) {
  const today = options.today ?? (() => todayInLondon());
  return async (event?: APIGatewayProxyEventV2): Promise<GraphQLContext> => {
    const actor = actorOf(event, options.defaultActor ?? 'anonymous');
    return {
      store: createRequestStore(storeConfig),
      storeConfig,
      today: today(),
      actor,
      change: (action) => ({ actor, action, at: new Date().toISOString() }),
    };
  };
}
