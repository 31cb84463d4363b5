// graphql-http's GraphQL-over-HTTP conformance audits, run against the server as `npm start` runs it (its own
// process, NODE_ENV unset as in a person's shell) and against the Lambda handler in the production posture AWS runs.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { type LambdaHttpServer, serveLambda } from '../../local/lambda-http-adapter.js';
import { ensureWebBuilt } from '../../local/web-build.js';
import { startWebServer, type WebServer } from '../e2e/web-server.js';
import { seededApi } from '../support/seeded-api.js';

type AuditResults = Awaited<ReturnType<typeof auditServer>>;

/** SHOULDs Beacon does not follow on purpose; the README's Security section gives the reasons. */
const KNOWN_SHOULDS = [
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

/**
 * The audits that probe with `__type`, an introspection field: the production posture refuses introspection, so
 * these fail there by design. What they check (a UTF-8 body, a variables map) is checked below with Beacon's fields.
 */
const INTROSPECTION_AUDITS = [
  'MUST accept utf-8 encoded request',
  'MUST allow map {variables} parameter when accepting application/json',
  'SHOULD allow map {variables} parameter when accepting application/graphql-response+json',
];

const notOk = (results: AuditResults, level: 'MUST' | 'SHOULD') =>
  results
    .filter((result) => result.name.startsWith(level) && result.status !== 'ok')
    .map((result) => result.name)
    .sort();

const post = (url: string, body: unknown, contentType = 'application/json') =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body: JSON.stringify(body),
  });

describe('GraphQL over HTTP, as npm start runs it', () => {
  let web: WebServer;
  let results: AuditResults;

  beforeAll(async () => {
    web = await startWebServer({ NODE_ENV: undefined });
    results = await auditServer({ url: `${web.origin}/graphql`, fetchFn: fetch });
  }, 180_000);

  afterAll(() => web?.stop());

  it('passes every MUST audit', () => {
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
    expect(notOk(results, 'MUST')).toEqual([]);
  });

  it('departs from no SHOULD but the documented ones', () => {
    expect(notOk(results, 'SHOULD')).toEqual([...KNOWN_SHOULDS].sort());
  });

  it('answers introspection and serves the explorer at /graphql', async () => {
    const response = await post(`${web.origin}/graphql`, { query: '{ __schema { queryType { name } } }' });
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const page = await fetch(`${web.origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Beacon GraphQL explorer');
  });
});

describe('GraphQL over HTTP, in the production posture', () => {
  let server: LambdaHttpServer;
  let results: AuditResults;

  beforeAll(async () => {
    const api = await seededApi('graphql-over-http');
    const production = createLambdaHandler(
      { client: api.table.client, tableName: api.table.tableName },
      { production: true, logError: () => undefined },
    );
    server = await serveLambda(production, { port: 0, host: '127.0.0.1', explorer: false });
    results = await auditServer({ url: server.url, fetchFn: fetch });
  });

  afterAll(() => server?.close());

  it('passes every MUST audit but the two that ask for introspection, which it refuses', async () => {
    expect(notOk(results, 'MUST')).toEqual(INTROSPECTION_AUDITS.filter((name) => name.startsWith('MUST')).sort());
    const refused = await post(server.url, { query: '{ __type(name: "School") { name } }' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { extensions: Record<string, string> }[] }).errors[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' },
    });
  });

  it('accepts a UTF-8 request and a variables map, asked with Beacon’s own fields', async () => {
    const utf8 = await post(
      server.url,
      {
        query:
          'query ($name: String!) { schools(filter: { localAuthority: "340", nameContains: $name }) { totalCount } }',
        variables: { name: 'Run🏃Swim🏊' },
      },
      'application/json; charset=utf-8',
    );
    expect(utf8.status).toBe(200);
    expect(await utf8.json()).toEqual({ data: { schools: { totalCount: 0 } } });
    const variables = await post(server.url, {
      query: 'query School($urn: ID!) { school(urn: $urn) { name } }',
      variables: { urn: '140412' },
    });
    expect(variables.status).toBe(200);
    expect(await variables.json()).toEqual({ data: { school: { name: 'Lord Derby Academy' } } });
  });

  it('departs from no SHOULD but the documented ones and the introspection one', () => {
    const expected = [...KNOWN_SHOULDS, ...INTROSPECTION_AUDITS.filter((name) => name.startsWith('SHOULD'))];
    expect(notOk(results, 'SHOULD')).toEqual(expected.sort());
  });

  it('serves no explorer, which would have no schema to show', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
  });
});

describe('building the page', () => {
  it('leaves NODE_ENV as it found it, so the API the same process serves keeps its posture', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'beacon-web-'));
    const before = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      expect(await ensureWebBuilt(outDir)).toBe(true);
      expect(process.env.NODE_ENV).toBeUndefined();
      expect(await readdir(outDir)).toContain('index.html');
    } finally {
      if (before !== undefined) process.env.NODE_ENV = before;
      await rm(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
