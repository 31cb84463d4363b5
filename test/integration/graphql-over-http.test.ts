// graphql-http's GraphQL-over-HTTP conformance audits, run against the local server (the Lambda handler over HTTP).
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLambda, type LambdaHttpServer } from '../../local/lambda-http-adapter.js';
import { seededApi } from '../support/seeded-api.js';

let server: LambdaHttpServer;
let results: Awaited<ReturnType<typeof auditServer>>;

beforeAll(async () => {
  const api = await seededApi('graphql-over-http');
  server = await serveLambda(api.handler, { port: 0, host: '127.0.0.1' });
  results = await auditServer({ url: server.url, fetchFn: fetch });
});

afterAll(() => server.close());

/** SHOULDs Beacon does not follow on purpose; the README's Security section gives the reasons. */
const KNOWN_SHOULDS = [
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit', () => {
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThanOrEqual(13);
    expect(musts.filter((result) => result.status !== 'ok').map((result) => result.name)).toEqual([]);
  });

  it('departs from no SHOULD but the documented ones', () => {
    const missed = results
      .filter((result) => result.name.startsWith('SHOULD') && result.status !== 'ok')
      .map((result) => result.name);
    expect(missed.sort()).toEqual([...KNOWN_SHOULDS].sort());
  });
});
