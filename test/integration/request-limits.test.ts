// Cheap requests are not starved by expensive ones: whole-list reads are priced, so one request may hold only a few
// (through the real handler), and the local server gives each anonymous client a budget and heavy anonymous
// requests a few places, answering 429 with Retry-After beyond them (through the real HTTP adapter).
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientLimitSettings, createClientLimits, defaultClientLimits } from '../../local/client-limits.js';
import { createHeavyLane } from '../../local/heavy-lane.js';
import { type HttpApiHandler, type LambdaHttpServer, serveLambda } from '../../local/lambda-http-adapter.js';
import { authenticate, issueLocalToken, loadOrCreateSigningKey } from '../../local/local-identity.js';
import { invoke, invokeAnonymous } from '../support/api-events.js';
import { resetCounter, SCENARIO_TODAY, type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
let stateDir: string;
let key: Awaited<ReturnType<typeof loadOrCreateSigningKey>>;
let officerToken: string;
beforeAll(async () => {
  api = await seededApi('request-limits');
  stateDir = await mkdtemp(path.join(tmpdir(), 'beacon-limits-'));
  key = await loadOrCreateSigningKey(stateDir);
  officerToken = await issueLocalToken(key, {
    role: 'council_officer',
    scope: 'la:886',
    email: 'officer@kent.example',
  });
});

afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');
const csvs = (count: number) => `{ localAuthority(code: "886") { ${aliased(count, 'schoolsCsv')} } }`;
const searches = (count: number) =>
  `{ ${aliased(count, 'search(text: "ab") { schools { totalCount edges { node { urn } } } }')} }`;

describe('whole-list pricing', () => {
  it('answers one CSV export alone, with the council’s schools', async () => {
    const { statusCode, body } = await invokeAnonymous<{ localAuthority: { a0: string } }>(api.handler, csvs(1));
    expect(body.errors).toBeUndefined();
    expect(statusCode).toBe(200);
    expect(body.data?.localAuthority.a0).toMatch(/^\uFEFF?URN,School,/);
    expect(body.data?.localAuthority.a0).toContain('137883');
  });

  it('answers one search alone', async () => {
    const { body } = await invokeAnonymous<{ a0: { schools: { totalCount: number } } }>(api.handler, searches(1));
    expect(body.errors).toBeUndefined();
    expect(body.data?.a0.schools.totalCount).toBeGreaterThan(0);
  });

  it.each([
    ['three aliased CSV exports', csvs(3), 3],
    ['three aliased searches', searches(3), 3],
    [
      "England's list by name, a council's list by due date and a search",
      `{ schools(filter: { nameContains: "ab" }) { totalCount } search(text: "ab") { trusts { totalCount } }
        localAuthority(code: "886") { schools(sort: DUE_DATE) { totalCount } } }`,
      3,
    ],
    [
      'a CSV for each school of a page',
      '{ schools(first: 20) { edges { node { localAuthority { schoolsCsv } } } } }',
      20,
    ],
  ])('refuses %s in one request as too complex, saying why, before reading anything', async (_name, query, count) => {
    for (const send of [invokeAnonymous, invoke]) {
      api.counter.total = 0;
      const { statusCode, body } = await send(api.handler, query);
      expect(statusCode).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors?.[0]?.message).toBe(
        `The query reads ${count} whole lists (a search, a CSV export, England's list by name, a trust's ` +
          "comparison, a list's filter choices, or a school list sorted, filtered other than by name or paged by " +
          'number each reads one); one request may read at most 2. Send them as separate requests.',
      );
      expect(api.counter.total).toBe(0);
    }
  });
});

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** One POST from a chosen loopback address (all of 127.0.0.0/8 is this machine), as a separate client would. */
function post(server: LambdaHttpServer, query: string, from = '127.0.0.1', token?: string): Promise<Answer> {
  const payload = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const call = request(
      server.url,
      {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          }),
        );
      },
    );
    call.on('error', reject);
    call.end(payload);
  });
}

const LOOKUP = '{ school(urn: "137883") { name } }';
const CSV = '{ localAuthority(code: "886") { schoolsCsv } }';

async function limitedServer(settings: Partial<ClientLimitSettings>, handler: HttpApiHandler = api.handler) {
  return serveLambda(handler, {
    port: 0,
    host: '127.0.0.1',
    authenticate: (header) => authenticate(key, header),
    limits: createClientLimits({ ...defaultClientLimits, ...settings }),
  });
}

function expectRateLimited(answer: Answer, message: RegExp): void {
  expect(answer.status).toBe(429);
  expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(answer.body.errors?.[0]?.extensions).toEqual({
    code: 'RATE_LIMITED',
    retryAfterSeconds: Number(answer.retryAfter),
  });
  expect(answer.body.errors?.[0]?.message).toMatch(message);
}

describe('the local server’s per-client limits', () => {
  it('answers 429 with Retry-After once an anonymous client has spent its budget; others are answered', async () => {
    const server = await limitedServer({ anonymous: { points: 5, seconds: 60 } });
    try {
      for (let i = 0; i < 5; i += 1) expect((await post(server, LOOKUP)).status).toBe(200);
      expectRateLimited(
        await post(server, LOOKUP),
        /^Too many requests: an anonymous client may spend 5 points in 60 s .*Signing in gives a higher limit\. Try /,
      );
      const other = await post(server, LOOKUP, '127.0.0.2');
      expect(other.status).toBe(200);
      expect(other.body.data).toEqual({ school: { name: 'Leigh Academy Milestone' } });
    } finally {
      await server.close();
    }
  });

  it('prices a request by its whole-list reads: a CSV spends what twenty lookups do', async () => {
    const server = await limitedServer({ anonymous: { points: 30, seconds: 60 } });
    try {
      expect((await post(server, CSV)).status).toBe(200);
      expectRateLimited(await post(server, CSV), /an anonymous client may spend 30 points/);
      // Lookups from another client are not held back by the first one's exports.
      expect((await post(server, CSV, '127.0.0.3')).status).toBe(200);
      expect((await post(server, LOOKUP, '127.0.0.3')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('gives a signed-in caller its own, higher budget, even from an address that has spent its own', async () => {
    const server = await limitedServer({ anonymous: { points: 2, seconds: 60 }, signedIn: { points: 4, seconds: 60 } });
    try {
      await post(server, LOOKUP);
      await post(server, LOOKUP);
      expect((await post(server, LOOKUP)).status).toBe(429);
      for (let i = 0; i < 4; i += 1) expect((await post(server, LOOKUP, '127.0.0.1', officerToken)).status).toBe(200);
      expectRateLimited(
        await post(server, LOOKUP, '127.0.0.1', officerToken),
        /^Too many requests: a signed-in caller may spend 4 points in 60 s .*\)\. Try again in \d+ s\.$/,
      );
    } finally {
      await server.close();
    }
  });

  it('runs only so many heavy anonymous requests at once, refusing the next at once, while lookups go on', async () => {
    // The first export is held in the handler until released, so that it is surely still running.
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inHandler = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let first = true;
    const holding: HttpApiHandler = async (event, context, callback) => {
      if (first && event.body?.includes('schoolsCsv')) {
        first = false;
        entered();
        await held;
      }
      return (await api.handler(event, context, callback)) ?? undefined;
    };
    const server = await limitedServer({ heavyAnonymousAtOnce: 1 }, holding);
    try {
      const running = post(server, CSV, '127.0.0.4');
      await inHandler;
      expectRateLimited(
        await post(server, CSV, '127.0.0.5'),
        /^Beacon is busy with other anonymous searches, exports or sorted lists \(it runs 1 at a time/,
      );
      expect((await post(server, LOOKUP, '127.0.0.5')).status).toBe(200);
      // A signed-in caller is not held back by anonymous ones.
      expect((await post(server, CSV, '127.0.0.5', officerToken)).status).toBe(200);
      release();
      expect((await running).status).toBe(200);
      expect((await post(server, CSV, '127.0.0.5')).status).toBe(200);
    } finally {
      release();
      await server.close();
    }
  });

  it('runs heavy anonymous requests in their own thread, off the server’s event loop, and answers them', async () => {
    Object.assign(process.env, {
      LANE_DYNAMODB_ENDPOINT: api.table.endpoint,
      LANE_TABLE_NAME: api.table.tableName,
      LANE_TODAY: SCENARIO_TODAY,
    });
    const heavyLane = createHeavyLane(new URL('../support/lane-handler.ts', import.meta.url).href);
    const server = await serveLambda(api.handler, {
      port: 0,
      host: '127.0.0.1',
      limits: createClientLimits(),
      heavyLane,
    });
    try {
      resetCounter(api.counter);
      const csv = await post(server, CSV, '127.0.0.6');
      expect(csv.status).toBe(200);
      expect(JSON.stringify(csv.body.data)).toContain('137883');
      // The server's own handler read nothing: the lane's did.
      expect(api.counter.total).toBe(0);
      const lookup = await post(server, LOOKUP, '127.0.0.6');
      expect(lookup.body.data).toEqual({ school: { name: 'Leigh Academy Milestone' } });
      expect(api.counter.total).toBeGreaterThan(0);
    } finally {
      await server.close();
      await heavyLane.close();
    }
  });
});
