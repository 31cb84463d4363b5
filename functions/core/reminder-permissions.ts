// Who may change reminder recipients and acknowledge reminders (same FORBIDDEN answer as core/authorization.ts).
import type { Caller, Role } from './authorization.js';
import { DomainError } from './errors.js';

export const reminderPermissions = {
  /** The people a school, trust or council wants reminded are theirs to name (or an admin's). */
  manageContacts: ['admin', 'council_officer', 'trust_executive', 'school_leader'],
  acknowledgeReminder: ['admin', 'council_officer', 'trust_executive', 'school_leader', 'assessor'],
} as const satisfies Record<string, readonly Role[]>;

export function requireReminderPermission(caller: Caller, permission: keyof typeof reminderPermissions): void {
  const allowed: readonly Role[] = reminderPermissions[permission];
  if (!caller.role || !allowed.includes(caller.role)) {
    throw new DomainError(
      'FORBIDDEN',
      `${caller.role ? `The role ${caller.role}` : 'A caller without a role'} may not do this; it needs one of: ${allowed.join(', ')}.`,
    );
  }
}
