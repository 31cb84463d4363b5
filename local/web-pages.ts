// The web page as `npm start` serves it: the built files of web/dist (any other address gets index.html, so every
// page's address can be opened directly), its /config.json, and the local sign-in that signs a token for a chosen
// role and scope (local mode only; in AWS the Cognito user pool signs people in).
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { readBody, sendJson } from './lambda-http-adapter.js';
import { issueLocalToken, type LocalSigningKey } from './local-identity.js';

export interface WebPages {
  /** Built files (web/dist). */
  dir: string;
  signingKey: LocalSigningKey;
}

const SIGN_IN_PATH = '/local/sign-in';
const MAX_SIGN_IN_BYTES = 4096;

async function readJson(request: IncomingMessage): Promise<unknown> {
  const body = await readBody(request, MAX_SIGN_IN_BYTES);
  if (body === 'too-large') throw new Error('The sign-in request is too large.');
  return JSON.parse(body.toString('utf8'));
}

async function signIn(key: LocalSigningKey, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const body = (await readJson(request)) as Record<string, unknown>;
    const token = await issueLocalToken(key, {
      role: String(body.role ?? ''),
      scope: String(body.scope ?? ''),
      email: typeof body.email === 'string' && body.email !== '' ? body.email : undefined,
      ttl: '8h',
    });
    sendJson(response, 200, { token });
  } catch (error) {
    // The checks speak to the command line (--role); the page names the fields.
    const message = error instanceof Error ? error.message.replaceAll('--', '') : 'The sign-in request is not valid.';
    sendJson(response, 400, { message: message.charAt(0).toUpperCase() + message.slice(1) });
  }
}

/** A request handler for everything that is not the API; false when the request is not the web page's. */
export function webPages(pages: WebPages) {
  const files = sirv(pages.dir, { single: true, etag: true, dev: false, gzip: false });
  const config = JSON.stringify({ apiUrl: '/graphql', auth: { mode: 'local' } });
  return async (request: IncomingMessage, response: ServerResponse, pathname: string): Promise<boolean> => {
    const method = request.method ?? 'GET';
    if (pathname === SIGN_IN_PATH && method === 'POST') {
      await signIn(pages.signingKey, request, response);
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') return false;
    if (pathname === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(method === 'HEAD' ? undefined : config);
      return true;
    }
    await new Promise<void>((resolve) => files(request, response, () => resolve()));
    if (!response.headersSent) sendJson(response, 404, { message: 'Not Found' });
    return true;
  };
}
