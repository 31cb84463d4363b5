// Who may do what: the caller from the verified token, and the one decision every restricted operation takes.
import type { AccessRule } from './access-policy.js';
import { DomainError } from './errors.js';
import { IDENTIFIER_PATTERNS } from './identifiers.js';
import { ROLES, type Role } from './roles.js';

export { ROLES, type Role };

export interface Caller {
  /** Email or subject of the token; the audit trail's actor. */
  id: string;
  /** Null for an anonymous caller (no token) or a token without a known role. */
  role: Role | null;
  /** Cognito custom:scope: `all`, `la:340`, `trust:2864` or `school:140412`. */
  scope: string | null;
}

export const ANONYMOUS: Caller = { id: 'anonymous', role: null, scope: null };

/**
 * What a record belongs to, for the scope check: a school belongs to its council and its trust too; a partnership
 * also to the council of its agency.
 */
export interface ScopeTarget {
  laCode?: string;
  trustUid?: string;
  urn?: string;
  agencyLaCode?: string;
}

const { urn, laCode, trustUid } = IDENTIFIER_PATTERNS;
const SCOPE_FORMAT = new RegExp(`^(all|la:${laCode}|trust:${trustUid}|school:${urn})$`);

export function isScope(value: string): boolean {
  return SCOPE_FORMAT.test(value);
}

/**
 * A council officer's scope covers their council's schools, a trust executive's their trust's, a school
 * leader's their school; `all` covers everything. A malformed scope covers nothing.
 */
export function scopeCovers(scope: string | null, target: ScopeTarget): boolean {
  if (!scope || !isScope(scope)) return false;
  if (scope === 'all') return true;
  const [kind, id] = scope.split(':');
  return (
    (kind === 'la' && (target.laCode === id || target.agencyLaCode === id)) ||
    (kind === 'trust' && target.trustUid === id) ||
    (kind === 'school' && target.urn === id)
  );
}

/** True when the role alone settles it: admins are bounded by nothing, `all` covers every target. */
export function needsNoTarget(caller: Caller, rule: AccessRule): boolean {
  return caller.role === 'admin' || rule.target === 'none' || caller.scope === 'all';
}

/** Refuses a caller whose role the rule does not list. Checked before any read. */
export function requireRole(caller: Caller, rule: AccessRule): void {
  if (!caller.role) {
    throw new DomainError(
      'FORBIDDEN',
      `${rule.what} needs you to sign in, with one of the roles: ${rule.roles.join(', ')}.`,
    );
  }
  if (!rule.roles.includes(caller.role)) {
    throw new DomainError(
      'FORBIDDEN',
      `${rule.what} is not open to the role ${caller.role}; it needs one of: ${rule.roles.join(', ')}.`,
    );
  }
}

/** Refuses a caller whose scope does not cover the target (admins and `all` pass). */
export function requireScope(caller: Caller, rule: AccessRule, target: ScopeTarget | null): void {
  if (needsNoTarget(caller, rule)) return;
  if (target && scopeCovers(caller.scope, target)) return;
  throw new DomainError(
    'FORBIDDEN',
    `${rule.what} is limited to your scope (${caller.scope ?? 'none'}), which does not cover ` +
      `${describeTarget(target)}.`,
  );
}

function describeTarget(target: ScopeTarget | null): string {
  if (!target) return 'it';
  if (target.urn) {
    const trust = target.trustUid ? `, trust ${target.trustUid}` : '';
    const { agencyLaCode } = target;
    const agency = agencyLaCode && agencyLaCode !== target.laCode ? `, nor the agency's council ${agencyLaCode}` : '';
    return `school ${target.urn}${target.laCode ? ` (council ${target.laCode}${trust})` : ''}${agency}`;
  }
  if (target.trustUid) return `trust ${target.trustUid}`;
  return `council ${target.laCode ?? '?'}`;
}

export function parseRole(value: string | undefined | null): Role | null {
  return ROLES.find((role) => role === value) ?? null;
}
