// Who may change what. Roles come from the caller's verified token (Cognito custom:role).
import { DomainError } from './errors.js';

export const ROLES = ['admin', 'assessor', 'council_officer', 'trust_executive', 'school_leader'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** Email or subject of the token; the audit trail's actor. */
  id: string;
  role: Role | null;
  /** Cognito custom:scope, e.g. an LA code, a trust UID, a URN or "all". */
  scope: string | null;
}

/** Roles allowed to perform each kind of change. Reads are open to every signed-in caller. */
export const permissions = {
  recordAssessment: ['admin', 'assessor'],
  recordInspection: ['admin', 'assessor', 'council_officer'],
  managePartnerships: ['admin', 'council_officer', 'school_leader'],
  manageReference: ['admin'],
  /** The people a school, trust or council wants reminded are theirs to name (or an admin's). */
  manageContacts: ['admin', 'council_officer', 'trust_executive', 'school_leader'],
  acknowledgeReminder: ['admin', 'council_officer', 'trust_executive', 'school_leader', 'assessor'],
} as const satisfies Record<string, readonly Role[]>;

export function requirePermission(caller: Caller, permission: keyof typeof permissions): void {
  const allowed: readonly Role[] = permissions[permission];
  if (!caller.role || !allowed.includes(caller.role)) {
    throw new DomainError(
      'FORBIDDEN',
      `${caller.role ? `The role ${caller.role}` : 'A caller without a role'} may not do this; it needs one of: ${allowed.join(', ')}.`,
    );
  }
}

/** What a piece of personal data (contact emails) belongs to: a school, a trust, a council, or a school in both. */
export interface ScopeTarget {
  laCode?: string;
  trustUid?: string;
  urn?: string;
}

/**
 * Scopes read `all`, `la:340`, `trust:2864` or `school:140412`. A caller sees personal data of what their scope
 * covers: a council officer their council's schools, a trust executive their trust's, a school leader their school's.
 */
export function scopeCovers(scope: string | null, target: ScopeTarget): boolean {
  if (scope === 'all') return true;
  const [kind, id] = (scope ?? '').split(':');
  if (!id) return false;
  return (
    (kind === 'la' && target.laCode === id) ||
    (kind === 'trust' && target.trustUid === id) ||
    (kind === 'school' && target.urn === id)
  );
}

export function requireScope(caller: Caller, target: ScopeTarget, what: string): void {
  if (caller.role === 'admin' || scopeCovers(caller.scope, target)) return;
  throw new DomainError(
    'FORBIDDEN',
    `${what} are visible only to admins and to staff whose scope covers them; your scope is ${caller.scope ?? 'not set'}.`,
  );
}

export function parseRole(value: string | undefined | null): Role | null {
  return ROLES.find((role) => role === value) ?? null;
}
