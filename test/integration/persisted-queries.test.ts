// Automatic persisted queries are off (the web page sends whole documents), so any request that names one, or carries
// `extensions` that are not an object, is the caller's mistake: 400 with a code and a readable sentence, never the
// 500 that pages whoever watches the API's 5xx alarm. Through the real Lambda handler and the local server alike.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LambdaHttpServer, serveLambda } from '../../local/lambda-http-adapter.js';
import { graphqlPostEvent, lambdaContext } from '../support/api-events.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const QUERY = '{ school(urn: "140412") { name } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Each body a client (or anyone) could send; none of them is a request Beacon runs. */
const REFUSED: [name: string, body: Record<string, unknown>, code: string][] = [
  [
    'a persisted query with the wrong hash',
    { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('something else') } } },
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ],
  [
    'a persisted query of another version',
    { query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } },
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ],
  [
    'a persisted query with the right hash',
    { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } },
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ],
  [
    'a hash without a query',
    { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } },
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ],
  [
    'a persisted query that is not an object',
    { query: QUERY, extensions: { persistedQuery: 'yes' } },
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ],
  ['extensions that are a string', { query: QUERY, extensions: '{"persistedQuery":{}}' }, 'BAD_REQUEST'],
  ['extensions that are a list', { query: QUERY, extensions: [1, 2] }, 'BAD_REQUEST'],
  ['extensions that are a number', { query: QUERY, extensions: 7 }, 'BAD_REQUEST'],
];

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

let api: SeededApi;
let server: LambdaHttpServer;

beforeAll(async () => {
  api = await seededApi('persisted-queries');
  server = await serveLambda(api.handler, { port: 0, host: '127.0.0.1' });
});

afterAll(() => server.close());

async function throughLambda(body: string): Promise<Answer> {
  const result = await api.handler(graphqlPostEvent(body), lambdaContext, () => undefined);
  return { status: result?.statusCode ?? 200, body: JSON.parse(result?.body ?? '') };
}

async function throughLocalServer(body: string): Promise<Answer> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

function expectRefusal(answer: Answer, code: string): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.body.errors?.[0]?.message).toMatch(/^[A-Z][^{}]{20,300}\.$/);
}

describe('persisted queries', () => {
  it.each(REFUSED)('answers %s with 400 through the Lambda handler', async (_name, body, code) => {
    expectRefusal(await throughLambda(JSON.stringify(body)), code);
  });

  it.each(REFUSED)('answers %s with 400 through the local server', async (_name, body, code) => {
    expectRefusal(await throughLocalServer(JSON.stringify(body)), code);
  });

  it('says why: Beacon takes whole documents only', async () => {
    const { body } = await throughLambda(JSON.stringify(REFUSED[0]?.[1]));
    expect(body.errors?.[0]?.message).toMatch(/persisted queries/i);
    expect(body.errors?.[0]?.message).toMatch(/"query"/);
  });

  it('refuses them in a GET query string too', async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256('x') } });
    const url = `${server.url}?query=${encodeURIComponent(QUERY)}&extensions=${encodeURIComponent(extensions)}`;
    const response = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': '1' } });
    expectRefusal(
      { status: response.status, body: (await response.json()) as Answer['body'] },
      'PERSISTED_QUERY_NOT_SUPPORTED',
    );
  });

  it('still answers a request with no extensions, or with empty ones', async () => {
    for (const body of [{ query: QUERY }, { query: QUERY, extensions: {} }, { query: QUERY, extensions: null }]) {
      const answer = await throughLambda(JSON.stringify(body));
      expect(answer).toEqual({ status: 200, body: { data: { school: { name: 'Lord Derby Academy' } } } });
    }
  });
});
