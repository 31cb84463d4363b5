// Sign-in on one machine: an ES256 key under .beacon/ signs tokens carrying the claims Cognito would (email,
// custom:role, custom:scope), and the local server verifies them with jose as API Gateway's JWT authorizer would.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type CryptoKey,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import { isScope, parseRole, ROLES } from '../functions/core/authorization.js';
import * as z from '../functions/core/zod.js';
import { ensurePrivateDirectory } from './private-directory.js';

export const LOCAL_ISSUER = 'beacon-local';
export const LOCAL_AUDIENCE = 'beacon-api';
const ALGORITHM = 'ES256';
const KEY_FILE = 'signing-key.json';
/** Longest lifetime a local token may ask for; Cognito's access tokens last at most a day too. */
export const MAX_TTL_SECONDS = 24 * 60 * 60;
/** Clocks on one machine agree; a few seconds cover a token signed by one process and read by another. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface LocalSigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** Where the key lives, for messages. */
  file: string;
}

/** Reads the key under `directory`, creating it (readable by this user only) on first use. */
export async function loadOrCreateSigningKey(directory: string): Promise<LocalSigningKey> {
  const file = path.join(directory, KEY_FILE);
  // Every start and token command: the folder holding the key (and the database) is this user's alone.
  await ensurePrivateDirectory(directory);
  try {
    const jwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
    const { d: _private, ...publicJwk } = jwk;
    return {
      privateKey: (await importJWK(jwk, ALGORITHM)) as CryptoKey,
      publicKey: (await importJWK(publicJwk, ALGORITHM)) as CryptoKey,
      file,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`${file} is not a signing key Beacon wrote; delete it to make a new one.`);
  }
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  await writeFile(file, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600, flag: 'wx' }).catch(
    async (error: NodeJS.ErrnoException) => {
      // Another process (the server or a token command) made it first: use theirs.
      if (error.code !== 'EEXIST') throw error;
    },
  );
  await chmod(file, 0o600);
  return loadOrCreateSigningKey(directory);
}

export interface TokenRequest {
  role: string;
  scope: string;
  email?: string;
  /** Lifetime such as 30m, 8h or 1d. */
  ttl?: string;
}

const TTL_FORMAT = /^(\d{1,5})([smhd])$/;
const emailAddress = z.email().check(z.maxLength(254), z.regex(/^[A-Za-z0-9]/));

export const isEmailAddress = (value: string): boolean => emailAddress.safeParse(value).success;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Checks a request the way Cognito's user attributes are checked, so a local token is one AWS could issue. */
export function checkTokenRequest(request: TokenRequest): {
  role: string;
  scope: string;
  email: string;
  ttlSeconds: number;
} {
  // The messages name what is wanted, not what came: the page shows them, and a value is not echoed back.
  const role = parseRole(request.role);
  if (!role) throw new Error(`--role must be one of: ${ROLES.join(', ')}.`);
  if (!isScope(request.scope))
    throw new Error('--scope must be all, la:<LA code>, trust:<group UID> or school:<URN>, e.g. la:886.');
  const email = request.email ?? `${role.replaceAll('_', '-')}@beacon.local`;
  // The address is shown on pages and written to CSV files: an address and nothing else (no markup, no formula).
  if (!isEmailAddress(email))
    throw new Error('--email must be an e-mail address such as you@example.org, beginning with a letter or digit.');
  const ttl = TTL_FORMAT.exec(request.ttl ?? '8h');
  const ttlSeconds = ttl ? Number(ttl[1]) * (UNIT_SECONDS[ttl[2] ?? 's'] ?? 1) : NaN;
  if (!ttl || ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS)
    throw new Error('--ttl must be a duration up to 24h such as 30m, 8h or 1d.');
  return { role, scope: request.scope, email, ttlSeconds };
}

export async function issueLocalToken(key: LocalSigningKey, request: TokenRequest, now = new Date()): Promise<string> {
  const checked = checkTokenRequest(request);
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    email: checked.email,
    'custom:role': checked.role,
    'custom:scope': checked.scope,
    token_use: 'id',
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setSubject(checked.email)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + checked.ttlSeconds)
    .sign(key.privateKey);
}

/** What API Gateway hands the Lambda: the verified claims, each as a string. */
export type VerifiedClaims = Record<string, string>;

export type Authentication =
  | { kind: 'anonymous' }
  | { kind: 'verified'; claims: VerifiedClaims }
  | { kind: 'refused'; reason: string };

function describeFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired; get a new one with npm run --silent token';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iat' && error.reason === 'check_failed')
    return 'the token says it was issued in the future';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not Beacon's`;
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'the token was not signed by this Beacon (was it changed?)';
  return 'the token is not a valid Beacon token';
}

/** Verifies an Authorization header; no header is an anonymous caller, a bad header is refused (401). */
export async function authenticate(key: LocalSigningKey, authorization: string | undefined): Promise<Authentication> {
  if (authorization === undefined || authorization.trim() === '') return { kind: 'anonymous' };
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,8192})$/.exec(authorization.trim());
  if (!match?.[1]) return { kind: 'refused', reason: 'send the token as "Authorization: Bearer <token>"' };
  try {
    const { payload } = await jwtVerify(match[1], key.publicKey, {
      algorithms: [ALGORITHM],
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      requiredClaims: ['exp', 'iat', 'sub'],
      // No token Beacon signs lives longer than the longest --ttl: an older one is refused whatever its exp says,
      // and one issued in the future (beyond the tolerance) is refused too.
      maxTokenAge: MAX_TTL_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    if ((payload.exp ?? 0) - (payload.iat ?? 0) > MAX_TTL_SECONDS)
      return { kind: 'refused', reason: 'the token asks to live longer than 24 hours, which no Beacon token does' };
    return { kind: 'verified', claims: stringClaims(payload) };
  } catch (error) {
    return { kind: 'refused', reason: describeFailure(error) };
  }
}

function stringClaims(payload: JWTPayload): VerifiedClaims {
  const claims: VerifiedClaims = {};
  for (const [name, value] of Object.entries(payload)) {
    claims[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return claims;
}
