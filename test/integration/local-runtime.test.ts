import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localClientConfig, startDynamoDbLocal } from '../../local/dynamodb-local.js';
import { type HttpApiHandler, type LambdaHttpServer, serveLambda } from '../../local/lambda-http-adapter.js';
import { isAlive, processesMatching } from '../support/processes.js';

async function javaListeningOn(port: number): Promise<boolean> {
  return (await processesMatching(`DynamoDBLocal\\.jar.* -port ${port}( |$)`)).length > 0;
}

describe('lambda HTTP adapter', () => {
  const events: APIGatewayProxyEventV2[] = [];
  let respondWith: (event: APIGatewayProxyEventV2) => APIGatewayProxyResultV2 = (event) => ({
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  const echo: HttpApiHandler = async (event) => {
    events.push(event);
    return respondWith(event);
  };
  let server: LambdaHttpServer;
  let origin: string;

  beforeAll(async () => {
    server = await serveLambda(echo, { port: 0, host: '127.0.0.1', maxBodyBytes: 1024 * 1024 });
    origin = new URL(server.url).origin;
  });
  afterAll(() => server.close());

  it('turns a POST into an HTTP API payload 2.0 event', async () => {
    const body = JSON.stringify({ query: '{ ok }' });
    const before = Date.now();
    const response = await fetch(`${server.url}?a=1&a=2&b=x%20y`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Beacon-Trace': 'abc', Cookie: 'one=1; two=2' },
      body,
    });
    expect(response.status).toBe(200);
    const event = (await response.json()) as APIGatewayProxyEventV2;

    expect(event.version).toBe('2.0');
    expect(event.routeKey).toBe('$default');
    expect(event.rawPath).toBe('/graphql');
    expect(event.rawQueryString).toBe('a=1&a=2&b=x%20y');
    expect(event.queryStringParameters).toEqual({ a: '1,2', b: 'x y' });
    expect(event.headers['content-type']).toBe('application/json');
    expect(event.headers['x-beacon-trace']).toBe('abc');
    expect(Object.keys(event.headers).every((name) => name === name.toLowerCase())).toBe(true);
    expect(event.cookies).toEqual(['one=1', 'two=2']);
    expect(event.headers.cookie).toBeUndefined();
    expect(event.requestContext.http).toMatchObject({ method: 'POST', path: '/graphql', sourceIp: '127.0.0.1' });
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.requestContext.timeEpoch).toBeGreaterThanOrEqual(before);
    expect(event.requestContext.timeEpoch).toBeLessThanOrEqual(Date.now());
    expect(event.body).toBe(body);
    expect(event.isBase64Encoded).toBe(false);
  });

  it('base64-encodes a binary body and omits body and query when there are none', async () => {
    const bytes = Buffer.from([0, 255, 1, 254]);
    await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
    const binary = events.at(-1);
    expect(binary?.isBase64Encoded).toBe(true);
    expect(Buffer.from(binary?.body ?? '', 'base64')).toEqual(bytes);

    await fetch(server.url, { headers: { accept: 'application/json' } });
    const bare = events.at(-1);
    expect(bare?.requestContext.http.method).toBe('GET');
    expect(bare?.body).toBeUndefined();
    expect(bare?.isBase64Encoded).toBe(false);
    expect(bare?.rawQueryString).toBe('');
    expect(bare?.queryStringParameters).toBeUndefined();
  });

  it('writes status, headers, cookies and a base64 body back', async () => {
    respondWith = () => ({
      statusCode: 201,
      headers: { 'x-answer': 42, 'content-type': 'application/octet-stream' },
      cookies: ['session=abc; HttpOnly', 'theme=dark'],
      body: Buffer.from('hello').toString('base64'),
      isBase64Encoded: true,
    });
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('x-answer')).toBe('42');
      expect(response.headers.getSetCookie()).toEqual(['session=abc; HttpOnly', 'theme=dark']);
      expect(await response.text()).toBe('hello');
    } finally {
      respondWith = (event) => ({ statusCode: 200, body: JSON.stringify(event) });
    }
  });

  it('answers 500 when the handler throws, as API Gateway does', async () => {
    respondWith = () => {
      throw new Error('boom');
    };
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ message: 'Internal Server Error' });
    } finally {
      respondWith = (event) => ({ statusCode: 200, body: JSON.stringify(event) });
    }
  });

  it('serves the explorer to a browser without calling the handler or any CDN', async () => {
    const calls = events.length;
    const response = await fetch(server.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>Beacon GraphQL explorer</title>');
    expect(html).toContain('"endpoint":"/graphql"');
    // Every script and stylesheet is inline: no src/href pointing off the machine.
    const external = html.match(/<(script|link)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//gi);
    expect(external).toBeNull();
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs|esm\.sh|fonts\.googleapis/);
    expect(events.length).toBe(calls);
  });

  it('redirects / to the explorer and 404s paths outside /graphql', async () => {
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphql');
    const other = await fetch(`${origin}/elsewhere`);
    expect(other.status).toBe(404);
  });

  it('refuses a body over the limit with 413 without calling the handler', async () => {
    const calls = events.length;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(events.length).toBe(calls);
  });

  it('refuses a chunked body once it passes the limit', async () => {
    const calls = events.length;
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(server.url, { method: 'POST', headers: { 'content-type': 'application/json' } });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', reject);
      // No content-length: node sends this chunked, so the limit can only be enforced while reading.
      const chunk = 'y'.repeat(256 * 1024);
      for (let index = 0; index < 5; index += 1) request.write(chunk);
      request.end();
    });
    expect(status).toBe(413);
    expect(events.length).toBe(calls);
  });

  it('accepts a body exactly at the limit', async () => {
    respondWith = () => ({ statusCode: 204 });
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'z'.repeat(1024 * 1024),
      });
      expect(response.status).toBe(204);
      expect(events.at(-1)?.body?.length).toBe(1024 * 1024);
    } finally {
      respondWith = (event) => ({ statusCode: 200, body: JSON.stringify(event) });
    }
  });

  it('reports a busy port instead of listening twice', async () => {
    const port = Number(new URL(server.url).port);
    await expect(serveLambda(echo, { port, host: '127.0.0.1' })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('DynamoDB Local process', () => {
  it('answers ListTables once started and leaves no java process after stop()', async () => {
    const dynamo = await startDynamoDbLocal();
    expect(dynamo.endpoint).toBe(`http://127.0.0.1:${dynamo.port}`);
    const client = new DynamoDBClient(localClientConfig(dynamo.endpoint));
    try {
      await expect(client.send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: [] });
      expect(isAlive(dynamo.pid)).toBe(true);
      expect(await javaListeningOn(dynamo.port)).toBe(true);
    } finally {
      client.destroy();
      await dynamo.stop();
    }
    expect(isAlive(dynamo.pid)).toBe(false);
    expect(await javaListeningOn(dynamo.port)).toBe(false);
    await dynamo.stop(); // a second stop is harmless
  });

  it('keeps tables in dataDir across restarts, in folders readable by their owner only', async () => {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'beacon-dynamodb-'));
    const dataDir = path.join(stateDir, '.beacon', 'dynamodb-v1');
    try {
      const first = await startDynamoDbLocal({ dataDir });
      const writer = new DynamoDBClient(localClientConfig(first.endpoint));
      await writer.send(
        new CreateTableCommand({
          TableName: 'persisted',
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        }),
      );
      writer.destroy();
      await first.stop();

      for (const folder of [dataDir, path.dirname(dataDir)]) expect((await stat(folder)).mode & 0o777).toBe(0o700);

      const second = await startDynamoDbLocal({ dataDir });
      const reader = new DynamoDBClient(localClientConfig(second.endpoint));
      try {
        expect((await reader.send(new ListTablesCommand({}))).TableNames).toEqual(['persisted']);
      } finally {
        reader.destroy();
        await second.stop();
      }
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  });

  it('kills java when the node process exits without calling stop()', async () => {
    const script = [
      "import { startDynamoDbLocal } from './local/dynamodb-local.ts';",
      'const dynamo = await startDynamoDbLocal();',
      'console.log(dynamo.pid);',
      'process.exit(0);',
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    const pid = Number(stdout.trim());
    expect(pid).toBeGreaterThan(0);
    // SIGKILL from the exit hook is asynchronous; give the kernel a moment to reap.
    for (let attempt = 0; attempt < 50 && isAlive(pid); attempt += 1) await new Promise((r) => setTimeout(r, 100));
    expect(isAlive(pid)).toBe(false);
  });

  it('names Java 17 when java cannot be found', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(startDynamoDbLocal()).rejects.toThrow(/Java 17/);
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('refuses a port that is already taken', async () => {
    const dynamo = await startDynamoDbLocal();
    try {
      await expect(startDynamoDbLocal({ port: dynamo.port })).rejects.toThrow(/already in use/);
    } finally {
      await dynamo.stop();
    }
  });
});
