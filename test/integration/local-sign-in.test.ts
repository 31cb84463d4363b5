// Local sign-in and hardening over real HTTP: jose-verified bearer tokens (age and lifetime capped), 401 for bad ones,
// localhost-only Host headers, CORS for Beacon's own origin only, DynamoDB Local reachable on loopback only, and the
// local trust boundary: the page's sign-in for its own origin only, checked e-mails, no echo, a private .beacon/.
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LambdaHttpServer, serveLambda } from '../../local/lambda-http-adapter.js';
import {
  authenticate,
  issueLocalToken,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  type LocalSigningKey,
  loadOrCreateSigningKey,
} from '../../local/local-identity.js';
import { webPages } from '../../local/web-pages.js';
import { seededApi } from '../support/seeded-api.js';

let server: LambdaHttpServer;
let key: LocalSigningKey;
let stateDir: string;

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'beacon-sign-in-'));
  key = await loadOrCreateSigningKey(stateDir);
  const api = await seededApi('local-sign-in');
  server = await serveLambda(api.handler, {
    port: 0,
    host: '127.0.0.1',
    authenticate: (header) => authenticate(key, header),
    web: webPages({ dir: path.resolve(import.meta.dirname, '../fixtures/web-dist'), signingKey: key }),
  });
});

afterAll(async () => {
  await server.close();
  await rm(stateDir, { recursive: true, force: true });
});

const CONTACTS = '{ school(urn: "140412") { name contacts { email } } }';

async function post(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

const hoursFromNow = (hours: number) => Math.floor(Date.now() / 1000) + hours * 3600;

/** An admin token signed with this Beacon's own key, with the times given (a real signature, no bypass). */
function signedToken(times: { iat?: number; exp: number }): Promise<string> {
  const token = new SignJWT({ email: 'admin@beacon.local', 'custom:role': 'admin', 'custom:scope': 'all' })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setSubject('admin@beacon.local')
    .setExpirationTime(times.exp);
  return (times.iat === undefined ? token : token.setIssuedAt(times.iat)).sign(key.privateKey);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const errorsOf = (json: Record<string, unknown>) =>
  (json.errors ?? []) as { message: string; extensions?: { code?: string } }[];

describe('signing in locally', () => {
  it('keeps its signing key under the state directory, readable by its owner only', async () => {
    const { mode } = await stat(key.file);
    expect(key.file).toBe(path.join(stateDir, 'signing-key.json'));
    expect(mode & 0o077).toBe(0);
  });

  it('answers a request without a token as anonymous: public facts yes, contacts no', async () => {
    const { status, json } = await post({ query: CONTACTS });
    expect(status).toBe(200);
    expect(json.data).toEqual({ school: { name: 'Lord Derby Academy', contacts: null } });
    expect(errorsOf(json)[0]?.message).toMatch(/needs you to sign in/);
  });

  it('gives a verified council officer the contacts of their own council’s school', async () => {
    const token = await issueLocalToken(key, {
      role: 'council_officer',
      scope: 'la:340',
      email: 'officer@knowsley.example',
    });
    const { status, json } = await post({ query: CONTACTS }, bearer(token));
    expect(status).toBe(200);
    expect(json).toEqual({ data: { school: { name: 'Lord Derby Academy', contacts: [] } } });
  });

  it.each([
    [
      'an expired token',
      async () => issueLocalToken(key, { role: 'admin', scope: 'all', ttl: '1s' }, new Date(Date.now() - 60_000)),
      /expired/,
    ],
    [
      'a tampered token (scope widened)',
      async () => {
        const [header, payload, signature] = (
          await issueLocalToken(key, { role: 'council_officer', scope: 'la:340' })
        ).split('.');
        const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
        const widened = Buffer.from(JSON.stringify({ ...claims, 'custom:scope': 'all' })).toString('base64url');
        return `${header}.${widened}.${signature}`;
      },
      /not signed by this Beacon/,
    ],
    [
      'a token signed by another key',
      async () => {
        const { privateKey } = await generateKeyPair('ES256');
        return new SignJWT({ 'custom:role': 'admin', 'custom:scope': 'all' })
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .setSubject('x@example.org')
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(privateKey);
      },
      /not signed by this Beacon/,
    ],
    [
      'a token for another audience',
      () =>
        new SignJWT({ 'custom:role': 'admin', 'custom:scope': 'all' })
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuer(LOCAL_ISSUER)
          .setAudience('someone-else')
          .setSubject('x@example.org')
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(key.privateKey),
      /aud claim/,
    ],
    [
      'a token issued more than a day ago, whatever its expiry says',
      () => signedToken({ iat: hoursFromNow(-25), exp: hoursFromNow(1) }),
      /expired/,
    ],
    [
      'a token that asks to live a hundred years',
      () => signedToken({ iat: hoursFromNow(0), exp: hoursFromNow(100 * 365 * 24) }),
      /longer than 24 hours/,
    ],
    [
      'a token issued in the future',
      () => signedToken({ iat: hoursFromNow(1), exp: hoursFromNow(2) }),
      /issued in the future/,
    ],
    ['a token without an issue time', () => signedToken({ exp: hoursFromNow(1) }), /iat claim/],
    [
      'an unsigned token (alg none)',
      async () =>
        [Buffer.from('{"alg":"none"}'), Buffer.from('{"custom:role":"admin"}'), Buffer.alloc(0)]
          .map((part) => part.toString('base64url'))
          .join('.'),
      /not a valid Beacon token/,
    ],
  ])('refuses %s with 401 and does not run the request', async (_name, makeToken, reason) => {
    const { status, json, headers } = await post({ query: CONTACTS }, bearer(await makeToken()));
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(json.data).toBeUndefined();
    expect(errorsOf(json)[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(errorsOf(json)[0]?.message).toMatch(reason);
  });

  it('answers the public route as anonymous, whatever token comes with it (as in AWS)', async () => {
    const token = await issueLocalToken(key, { role: 'admin', scope: 'all' });
    for (const authorization of [`Bearer ${token}`, 'Bearer not-a-token']) {
      const response = await fetch(server.url.replace('/graphql', '/public/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: CONTACTS }),
      });
      expect(response.status).toBe(200);
      const json = (await response.json()) as Record<string, unknown>;
      expect(json.data).toEqual({ school: { name: 'Lord Derby Academy', contacts: null } });
      expect(errorsOf(json)[0]?.message).toMatch(/needs you to sign in/);
    }
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const { status, json } = await post({ query: CONTACTS }, { authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(status).toBe(401);
    expect(errorsOf(json)[0]?.message).toMatch(/Authorization: Bearer/);
  });

  it('prints a token from the command line that the server accepts, and explains a bad role', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, BEACON_STATE_DIR: stateDir };
    const { stdout } = await run(
      'npx',
      ['tsx', 'local/token.ts', '--role', 'school_leader', '--scope', 'school:140412'],
      { env },
    );
    const { json } = await post({ query: CONTACTS }, bearer(stdout.trim()));
    expect(json).toEqual({ data: { school: { name: 'Lord Derby Academy', contacts: [] } } });
    const refused = await run('npx', ['tsx', 'local/token.ts', '--role', 'headteacher', '--scope', 'school:140412'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/--role must be one of: admin, assessor/) });
    const tooLong = await run('npx', ['tsx', 'local/token.ts', '--role', 'admin', '--scope', 'all', '--ttl', '25h'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(tooLong).toMatchObject({ code: 2, stderr: expect.stringMatching(/--ttl must be a duration up to 24h/) });
  }, 60_000);
});

describe('local hardening', () => {
  it('answers only requests addressed to localhost (no DNS rebinding)', async () => {
    const { port } = new URL(server.url);
    for (const host of [`evil.example:${port}`, 'evil.example', `192.0.2.2:${port}`]) {
      // fetch() will not let a page set Host, but a rebinding page's browser sends its own: simulate it with node:http.
      const status = await new Promise<number>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            `POST /graphql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ` +
              `16\r\nConnection: close\r\n\r\n{"query":"{ok}"}`,
          );
        });
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('end', () => resolve(Number(text.split(' ')[1])));
        socket.on('error', reject);
      });
      expect(status).toBe(403);
    }
    expect((await post({ query: '{ ok }' })).json).toEqual({ data: { ok: true } });
  });

  it('serves CORS to its own origin only', async () => {
    const { port } = new URL(server.url);
    const own = `http://localhost:${port}`;
    const preflight = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: own, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(own);
    const foreign = await post({ query: '{ ok }' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const sameOrigin = await post({ query: '{ ok }' }, { origin: own });
    expect(sameOrigin.json).toEqual({ data: { ok: true } });
  });

  it('runs DynamoDB Local on 127.0.0.1 only: bound to loopback, other addresses refused', async () => {
    const { port } = new URL(inject('dynamoEndpoint'));
    // The kernel's own listing of listening sockets (state 0A) on that port: every one is bound to 127.0.0.1.
    const hexPort = Number(port).toString(16).toUpperCase().padStart(4, '0');
    const listening = (await Promise.all(['/proc/net/tcp', '/proc/net/tcp6'].map((file) => readFile(file, 'utf8'))))
      .flatMap((text) => text.split('\n').slice(1))
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
      .map((fields) => fields[1]!.split(':')[0]);
    expect(listening.length).toBeGreaterThan(0);
    for (const address of listening) expect(['0100007F', '0000000000000000FFFF00000100007F']).toContain(address);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && !address.internal && address.family === 'IPv4');
    if (external) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), external.address);
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome).toBe('ECONNREFUSED');
    }
    const loopback = await fetch(inject('dynamoEndpoint'), { method: 'POST' }).then((response) => response.status);
    expect(loopback).toBeGreaterThanOrEqual(400); // it answers, unsigned requests are refused
  });
});

describe('the local trust boundary', () => {
  const signInUrl = () => server.url.replace('/graphql', '/local/sign-in');
  const ownOrigins = () => {
    const { port } = new URL(server.url);
    return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  };

  async function signIn(
    body: string,
    /** null: no Origin header at all, as a script or another program sends. */
    origin: string | null = ownOrigins()[0] ?? null,
  ): Promise<{ status: number; json: { token?: string; message?: string } }> {
    const response = await fetch(signInUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin === null ? {} : { origin }) },
      body,
    });
    return { status: response.status, json: (await response.json()) as { token?: string; message?: string } };
  }

  it('signs in from the page’s own origin, under either loopback name, with a token the API accepts', async () => {
    for (const origin of ownOrigins()) {
      const { status, json } = await signIn(
        JSON.stringify({ role: 'council_officer', scope: 'la:340', email: 'officer@knowsley.example' }),
        origin,
      );
      expect(status).toBe(200);
      const answer = await post({ query: CONTACTS }, bearer(json.token ?? ''));
      expect(answer.json).toEqual({ data: { school: { name: 'Lord Derby Academy', contacts: [] } } });
    }
  });

  it('refuses a sign-in that names no origin (another program on this machine) with 403', async () => {
    const { status, json } = await signIn(JSON.stringify({ role: 'admin', scope: 'all' }), null);
    expect(status).toBe(403);
    expect(json.token).toBeUndefined();
    expect(json.message).toMatch(/Sign in from Beacon's own page.*npm run --silent token/);
  });

  it.each(['https://evil.example', 'http://127.0.0.1:1', 'http://127.0.0.1', 'null'])(
    'refuses a sign-in from the origin %s with 403',
    async (origin) => {
      const { status, json } = await signIn(JSON.stringify({ role: 'admin', scope: 'all' }), origin);
      expect(status).toBe(403);
      expect(json.token).toBeUndefined();
    },
  );

  it.each([
    '<img src=x onerror=alert(1)>@example.org',
    '=HYPERLINK("https://evil.example/x")@example.org',
    '+SUM(1+1)@example.org',
    '-2+3@example.org',
    'not-an-address',
  ])('refuses the e-mail %s with 400, without echoing it', async (email) => {
    const { status, json } = await signIn(JSON.stringify({ role: 'admin', scope: 'all', email }));
    expect(status).toBe(400);
    expect(json.token).toBeUndefined();
    expect(json.message).toBe(
      'Email must be an e-mail address such as you@example.org, beginning with a letter or digit.',
    );
  });

  it.each([
    ['markup', '<script>alert("beacon")</script>'],
    ['a formula', '=cmd|" /C calc"!A0'],
    ['JSON that is not an object', '["admin","all"]'],
    ['JSON null', 'null'],
    ['a role that is not text', '{"role":{"name":"<b>admin</b>"},"scope":"all"}'],
  ])('answers a sign-in body of %s with 400 and a fixed sentence, echoing nothing', async (_kind, body) => {
    const { status, json } = await signIn(body);
    expect(status).toBe(400);
    expect(json).toEqual({
      message: 'The sign-in request must be JSON with a role, a scope and optionally an email, each a short text.',
    });
  });

  it('names the role when the form sent none', async () => {
    const { status, json } = await signIn(JSON.stringify({ role: null, scope: 'all' }));
    expect(status).toBe(400);
    expect(json.message).toMatch(/^Role must be one of: admin, assessor/);
  });

  it('refuses a role or scope it does not know without echoing it', async () => {
    const { status, json } = await signIn(JSON.stringify({ role: '<i>boss</i>', scope: '=1+1' }));
    expect(status).toBe(400);
    expect(json.message).toMatch(/^Role must be one of: admin, assessor/);
    expect(json.message).not.toMatch(/boss|=1\+1/);
  });

  it('keeps its state directory for its owner only, and tightens one an older Beacon left open', async () => {
    const fresh = path.join(stateDir, 'fresh', '.beacon');
    await loadOrCreateSigningKey(fresh);
    expect((await stat(fresh)).mode & 0o777).toBe(0o700);
    const open = path.join(stateDir, 'open');
    const database = path.join(open, 'dynamodb-v3');
    await mkdir(database, { recursive: true });
    await chmod(open, 0o755);
    await chmod(database, 0o755);
    await loadOrCreateSigningKey(open);
    expect((await stat(open)).mode & 0o777).toBe(0o700);
    expect((await stat(database)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(open, 'signing-key.json'))).mode & 0o777).toBe(0o600);
  });
});
