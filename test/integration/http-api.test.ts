// The deployed entry (functions/graphql/handler.ts, configured from the environment) served over real HTTP.

import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LambdaHttpServer, serveLambda } from '../../local/lambda-http-adapter.js';
import { seedIfEmpty } from '../../local/seed/seed.js';
import { createTestTable } from '../support/local-table.js';
import { academiesOf } from '../support/national-files.js';

let server: LambdaHttpServer;

beforeAll(async () => {
  const table = await createTestTable('http-api');
  await seedIfEmpty({ client: table.client, tableName: table.tableName });
  Object.assign(process.env, {
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    AWS_REGION: 'eu-west-2',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  });
  // Imported after the environment is set, as Lambda would load it.
  const { handler } = await import('../../functions/graphql/handler.js');
  server = await serveLambda(handler, { port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server?.close();
});

async function post(body: unknown) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] },
  };
}

describe('the API over HTTP', () => {
  it('answers the README’s first query: Lord Derby Academy, Knowsley 340, Dean Trust 2864', async () => {
    const { status, json } = await post({
      query: '{ school(urn: "140412") { name localAuthority { code name } trust { uid name } } }',
    });
    expect(status).toBe(200);
    expect(json.data).toEqual({
      school: {
        name: 'Lord Derby Academy',
        localAuthority: { code: '340', name: 'Knowsley' },
        trust: { uid: '2864', name: academiesOf('2864').name },
      },
    });
  });

  it('serves the explorer to a browser at the same address', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Beacon GraphQL explorer');
  });

  it('passes every mandatory GraphQL-over-HTTP audit', async () => {
    const results = [];
    for (const audit of serverAudits({ url: server.url })) results.push(await audit.fn());
    const failedMusts = results.flatMap((result) =>
      result.status === 'error' ? [`${result.id} ${result.name}: ${result.reason}`] : [],
    );
    expect(failedMusts).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(10);
  });
});
