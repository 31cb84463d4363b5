// The local server's per-client limits, as WAF's rate rule and the public route's throttling are in AWS: each
// anonymous client (by address) and each signed-in caller (by verified subject) spends a budget of points a minute,
// a request costing what query-limits.ts prices it at; and only a few heavy anonymous requests (those that read a
// whole list) run at once, the next answered 429 at once rather than queued, so they cannot starve cheap lookups.
import type { IncomingMessage } from 'node:http';
import { buildSchema, type GraphQLSchema, parse } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { typeDefs } from '../functions/graphql/generated/type-defs.js';
import { type RequestCost, requestCost } from '../functions/graphql/query-limits.js';
import type { Authentication } from './local-identity.js';

export interface ClientLimitSettings {
  /** Points each anonymous client address may spend per `seconds`. */
  anonymous: { points: number; seconds: number };
  /** Points each signed-in caller (verified token subject) may spend per `seconds`. */
  signedIn: { points: number; seconds: number };
  /** What one whole-list read costs; any request costs 1, plus 1 for each `fanOutPerPoint` values it may return. */
  wholeListPoints: number;
  fanOutPerPoint: number;
  /** Heavy anonymous requests (one or more whole-list reads) running at once, across all clients. */
  heavyAnonymousAtOnce: number;
}

export const defaultClientLimits: ClientLimitSettings = {
  // Five lookups a second on average, bursts of 300 (a page makes a few; the GraphQL-over-HTTP audits about 100).
  anonymous: { points: 300, seconds: 60 },
  signedIn: { points: 1_200, seconds: 60 },
  // A whole list costs 20 lookups: about 14 searches or exports a minute for one anonymous client.
  wholeListPoints: 20,
  fanOutPerPoint: 2_000,
  // One at a time, in its own thread (heavy-lane.ts): the machine has two cores and DynamoDB Local needs one.
  heavyAnonymousAtOnce: 1,
};

export type Admission =
  | { admitted: true /** An anonymous request that reads a whole list. */; heavy: boolean; release(): void }
  | { admitted: false; retryAfterSeconds: number; message: string };

export interface ClientLimits {
  admit(request: IncomingMessage, url: URL, body: Buffer, authentication: Authentication): Promise<Admission>;
  readonly settings: ClientLimitSettings;
}

/** The operation an HTTP request carries (GraphQL over HTTP: JSON body, or the query string of a GET). */
function operationOf(
  method: string,
  url: URL,
  body: Buffer,
): { query: string; variables: Record<string, unknown>; operationName?: string } | null {
  let fields: Record<string, unknown>;
  try {
    fields =
      method === 'GET' || method === 'HEAD'
        ? {
            query: url.searchParams.get('query'),
            variables: JSON.parse(url.searchParams.get('variables') ?? '{}'),
            operationName: url.searchParams.get('operationName'),
          }
        : JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (fields === null || typeof fields !== 'object' || typeof fields.query !== 'string') return null;
  const variables = fields.variables !== null && typeof fields.variables === 'object' ? fields.variables : {};
  const operationName = typeof fields.operationName === 'string' ? fields.operationName : undefined;
  return { query: fields.query, variables: variables as Record<string, unknown>, operationName };
}

/**
 * What a request will cost. A body that is no GraphQL operation, a document that does not parse, and one whose
 * pricing throws (variables that do not coerce, fragments that expand too far) are all refused by the handler before
 * it reads anything, so they cost what a lookup does; pricing them heavy would answer a client's typo with 429.
 */
export function priceRequest(schema: GraphQLSchema, method: string, url: URL, body: Buffer): RequestCost {
  const operation = operationOf(method, url, body);
  if (!operation) return { fanOut: 1, wholeListReads: 0 };
  try {
    return requestCost(schema, parse(operation.query), operation.variables, operation.operationName);
  } catch {
    return { fanOut: 1, wholeListReads: 0 };
  }
}

const PRICE_CACHE_SIZE = 1_000;

const clientAddress = (request: IncomingMessage) => (request.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');

export function createClientLimits(settings: ClientLimitSettings = defaultClientLimits): ClientLimits {
  const schema = buildSchema(typeDefs);
  const budgets = {
    anonymous: new RateLimiterMemory({ points: settings.anonymous.points, duration: settings.anonymous.seconds }),
    signedIn: new RateLimiterMemory({ points: settings.signedIn.points, duration: settings.signedIn.seconds }),
  };
  let heavyRunning = 0;
  // A flood repeats the same few requests: each is priced once (the cache is emptied whenever it fills up).
  const prices = new Map<string, RequestCost>();
  const priced = (method: string, url: URL, body: Buffer) => {
    const text = `${method} ${url.search} ${body.toString('latin1')}`;
    let cost = prices.get(text);
    if (!cost) {
      if (prices.size >= PRICE_CACHE_SIZE) prices.clear();
      cost = priceRequest(schema, method, url, body);
      // Small requests only: a thousand 64 KiB bodies would be memory a flood could fill.
      if (text.length <= 4_096) prices.set(text, cost);
    }
    return cost;
  };
  const refuse = (retryAfterMs: number, message: string): Admission => {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return { admitted: false, retryAfterSeconds, message: `${message} Try again in ${retryAfterSeconds} s.` };
  };

  return {
    settings,
    async admit(request, url, body, authentication) {
      const signedIn = authentication.kind === 'verified';
      const subject = signedIn ? String(authentication.claims.sub ?? authentication.claims.email ?? '') : '';
      const key = signedIn ? `user:${subject}` : `address:${clientAddress(request)}`;
      const budget = signedIn ? budgets.signedIn : budgets.anonymous;
      const { points, seconds } = signedIn ? settings.signedIn : settings.anonymous;
      const spent = (retryAfterMs: number) =>
        refuse(
          retryAfterMs,
          `Too many requests: ${signedIn ? 'a signed-in caller' : 'an anonymous client'} may spend ${points} points ` +
            `in ${seconds} s (a lookup costs 1, a search, CSV export or sorted list ${settings.wholeListPoints}).` +
            (signedIn ? '' : ' Signing in gives a higher limit.'),
        );
      // A client already over its budget is refused before its request is even priced.
      const state = await budget.get(key);
      if (state && state.remainingPoints <= 0) return spent(state.msBeforeNext);
      const cost = priced(request.method ?? 'GET', url, body);
      const heavy = cost.wholeListReads > 0 && !signedIn;
      if (heavy && heavyRunning >= settings.heavyAnonymousAtOnce) {
        return refuse(
          1000,
          'Beacon is busy with other anonymous searches, exports or sorted lists (it runs ' +
            `${settings.heavyAnonymousAtOnce} at a time for anonymous callers); signed-in callers are not held back.`,
        );
      }
      const price =
        1 + Math.floor(cost.fanOut / settings.fanOutPerPoint) + cost.wholeListReads * settings.wholeListPoints;
      // The place is taken before the budget is awaited, so concurrent requests cannot all pass the check above.
      if (heavy) heavyRunning += 1;
      let released = !heavy;
      const release = () => {
        if (released) return;
        released = true;
        heavyRunning -= 1;
      };
      try {
        await budget.consume(key, price);
      } catch (error) {
        release();
        if (error instanceof RateLimiterRes) return spent(error.msBeforeNext);
        throw error;
      }
      return { admitted: true, heavy, release };
    },
  };
}
