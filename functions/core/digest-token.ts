// The unsubscribe link's token: which subscription (address and scope), and a random secret only the store and the
// e-mail hold. Nobody can guess one for another address, and the link needs no sign-in.
import type { ContactScope } from './contacts.js';
import { CONTACT_SCOPES } from './contacts.js';
import { badInput } from './errors.js';

export interface DigestTokenParts {
  email: string;
  scope: ContactScope;
  scopeId: string;
  secret: string;
}

const SECRET = /^[A-Za-z0-9_-]{32,64}$/;

export function digestToken(parts: DigestTokenParts): string {
  const who = Buffer.from(`${parts.scope}|${parts.scopeId}|${parts.email}`, 'utf8').toString('base64url');
  return `${who}.${parts.secret}`;
}

/** A token as the e-mail's link carries it; anything else is BAD_USER_INPUT before any read. */
export function parseDigestToken(token: string): DigestTokenParts {
  const refuse = () =>
    badInput('That unsubscribe token is not one Beacon wrote; copy the whole link from the e-mail.', {
      argument: 'token',
    });
  const [who, secret, ...rest] = token.trim().split('.');
  if (!who || !secret || rest.length > 0 || !SECRET.test(secret)) throw refuse();
  const [scope, scopeId, email, ...extra] = Buffer.from(who, 'base64url').toString('utf8').split('|');
  const known = CONTACT_SCOPES.find((name) => name === scope);
  if (!known || !scopeId || !email || extra.length > 0) throw refuse();
  return { scope: known, scopeId, email, secret };
}
