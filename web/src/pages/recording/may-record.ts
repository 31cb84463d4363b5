// Whether to offer a form: the access table's roles for the mutation, and the viewer's scope covering the school,
// trust or council it changes, as the API decides (functions/core/access-policy.ts; the API still checks).
import { accessPolicy, type PolicedOperation } from '../../../../functions/core/access-policy.js';
import type { Role } from '../../../../functions/core/roles.js';
import type { Viewer } from '../../auth.js';

/** What a change touches: a school (with its council and trust), or a trust or council of its own. */
export interface Target {
  urn?: string | null;
  laCode?: string | null;
  trustUid?: string | null;
}

export function scopeCovers(scope: string, target: Target): boolean {
  const [kind, id] = scope.split(':');
  if (scope === 'all') return true;
  if (kind === 'la') return id === target.laCode;
  if (kind === 'trust') return id === target.trustUid;
  if (kind === 'school') return id === target.urn;
  return false;
}

export function mayRecord(viewer: Viewer | null, operation: PolicedOperation, target: Target): boolean {
  if (!viewer) return false;
  const roles: readonly Role[] = accessPolicy[operation].roles;
  return roles.includes(viewer.role as Role) && scopeCovers(viewer.scope, target);
}

/** A school as the page holds it, as a target. */
export const schoolTarget = (school: {
  urn: string;
  localAuthority?: { code: string } | null;
  trust?: { uid: string } | null;
}): Target => ({ urn: school.urn, laCode: school.localAuthority?.code, trustUid: school.trust?.uid });
