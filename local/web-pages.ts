// The web page as `npm start` serves it: the built files of web/dist (any other address gets index.html, so every
// page's address can be opened directly), its /config.json, and the local sign-in that signs a token for a chosen
// role and scope (local mode only; in AWS the Cognito user pool signs people in).
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import * as z from '../functions/core/zod.js';
import { isOwnOrigin, readBody, sendJson } from './http-exchange.js';
import { issueLocalToken, type LocalSigningKey } from './local-identity.js';

export interface WebPages {
  /** Built files (web/dist). */
  dir: string;
  signingKey: LocalSigningKey;
}

const SIGN_IN_PATH = '/local/sign-in';
const MAX_SIGN_IN_BYTES = 4096;

/** What the page sends; a field left unset (null) is named by the checks in local-identity.ts. */
const shortText = (max: number) => z.optional(z.nullable(z.string().check(z.maxLength(max))));
const signInRequest = z.object({ role: shortText(40), scope: shortText(40), email: shortText(254) });
/** A refusal the page shows as it is: fixed words, never the request's own text. */
class SignInRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readSignInRequest(request: IncomingMessage): Promise<z.infer<typeof signInRequest>> {
  const body = await readBody(request, MAX_SIGN_IN_BYTES);
  if (body === 'too-large') throw new SignInRefused(413, 'The sign-in request is too large.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new SignInRefused(400, SIGN_IN_SHAPE);
  }
  const checked = signInRequest.safeParse(parsed);
  if (!checked.success) throw new SignInRefused(400, SIGN_IN_SHAPE);
  return checked.data;
}

const SIGN_IN_SHAPE =
  'The sign-in request must be JSON with a role, a scope and optionally an email, each a short text.';

/**
 * Only Beacon's own page may sign in: a browser always sends Origin with a POST fetch, so a request without one
 * comes from some other program (a script, another user's process) and a foreign one from another site.
 */
function refuseForeignCaller(request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && isOwnOrigin(origin, request.socket.localPort)) return false;
  sendJson(response, 403, {
    message:
      "Sign in from Beacon's own page (the web page npm start prints); other programs get a token with " +
      'npm run --silent token.',
  });
  return true;
}

async function signIn(key: LocalSigningKey, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (refuseForeignCaller(request, response)) {
    request.resume();
    return;
  }
  try {
    const body = await readSignInRequest(request);
    const token = await issueLocalToken(key, {
      role: body.role ?? '',
      scope: body.scope ?? '',
      email: body.email || undefined,
      ttl: '8h',
    });
    sendJson(response, 200, { token });
  } catch (error) {
    if (error instanceof SignInRefused) {
      if (error.status === 413) response.setHeader('connection', 'close');
      sendJson(response, error.status, { message: error.message });
      return;
    }
    // The checks speak to the command line (--role) and echo nothing; the page names the fields.
    const message = error instanceof Error ? error.message.replaceAll('--', '') : 'The sign-in request is not valid.';
    sendJson(response, 400, { message: message.charAt(0).toUpperCase() + message.slice(1) });
  }
}

/** A request handler for everything that is not the API; false when the request is not the web page's. */
export function webPages(pages: WebPages) {
  // The build wrote name.br and name.gz beside each text file: sirv sends the one Accept-Encoding allows (with
  // Content-Encoding and Vary), the file itself otherwise; nothing is compressed twice or per request.
  const files = sirv(pages.dir, { single: true, etag: true, dev: false, gzip: true, brotli: true });
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
