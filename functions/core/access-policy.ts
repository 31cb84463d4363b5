// The one access table: every mutation and every restricted field, the roles that may use it, and where its
// target's scope comes from. The API wraps each listed resolver with it; a test derives its matrix from it.
import { ROLES, type Role } from './roles.js';

/**
 * Where the scope check finds what a request touches:
 * - `none`: the role alone decides (admin-only reference data, admin-only fields);
 * - `school`: `input.urn`; `award`: the school of `input.awardId`; `contactOwner`: `input.owner`;
 * - `partnership`: the school `input.urn` and the council of the agency `input.agencyId` (a council may add and end
 *   partnerships with its own agencies, at any school);
 * - `reminderFilter`: `filter`'s urn, trustUid or laCode; `reminder`: the school of the reminder `id`;
 * - `parentSchool` / `parentTrust` / `parentAuthority`: the school, trust or council the field hangs off;
 * - `parentRecord`: the school of a record carrying a `urn` (award notes, reminders);
 * - `digestScope`: `input.scope`, the council, trust or school whose weekly digest is subscribed to.
 */
export type TargetKind =
  | 'none'
  | 'school'
  | 'partnership'
  | 'award'
  | 'contactOwner'
  | 'reminderFilter'
  | 'reminder'
  | 'parentSchool'
  | 'parentTrust'
  | 'parentAuthority'
  | 'parentRecord'
  | 'digestScope';

export interface AccessRule {
  roles: readonly Role[];
  target: TargetKind;
  /** Names the operation in refusals, e.g. "Granting an award". */
  what: string;
}

const SIGNED_IN = ROLES;
const ADMIN: readonly Role[] = ['admin'];
const ASSESSORS: readonly Role[] = ['admin', 'assessor'];
const PARTNERSHIP_MANAGERS: readonly Role[] = ['admin', 'council_officer', 'school_leader'];
const CONTACT_MANAGERS: readonly Role[] = ['admin', 'council_officer', 'trust_executive', 'school_leader'];

export const accessPolicy = {
  'Mutation.recordInspection': {
    roles: ['admin', 'assessor', 'council_officer'],
    target: 'school',
    what: 'Recording an inspection',
  },
  'Mutation.grantAward': { roles: ASSESSORS, target: 'school', what: 'Granting an award' },
  'Mutation.recordAnnualReview': { roles: ASSESSORS, target: 'award', what: 'Recording an annual review' },
  'Mutation.recordReassessment': { roles: ASSESSORS, target: 'award', what: 'Recording a reassessment' },
  'Mutation.withdrawAward': { roles: ASSESSORS, target: 'award', what: 'Withdrawing an award' },
  'Mutation.addPartnership': { roles: PARTNERSHIP_MANAGERS, target: 'partnership', what: 'Adding a partnership' },
  'Mutation.endPartnership': { roles: PARTNERSHIP_MANAGERS, target: 'partnership', what: 'Ending a partnership' },
  'Mutation.upsertSchool': { roles: ADMIN, target: 'none', what: 'Changing a school’s GIAS facts' },
  'Mutation.upsertTrust': { roles: ADMIN, target: 'none', what: 'Changing a trust' },
  'Mutation.upsertLocalAuthority': { roles: ADMIN, target: 'none', what: 'Changing a council' },
  'Mutation.upsertPartnerAgency': { roles: ADMIN, target: 'none', what: 'Changing a partner agency' },
  'Mutation.addContact': { roles: CONTACT_MANAGERS, target: 'contactOwner', what: 'Adding a contact' },
  'Mutation.removeContact': { roles: CONTACT_MANAGERS, target: 'contactOwner', what: 'Removing a contact' },
  'Mutation.acknowledgeReminder': { roles: SIGNED_IN, target: 'reminder', what: 'Acknowledging a reminder' },
  // Anyone signed in may subscribe themself within their scope; who else they may subscribe: digestSubscriber.
  'Mutation.subscribeToDigest': { roles: SIGNED_IN, target: 'digestScope', what: 'Subscribing to the weekly digest' },
  'Query.reminders': { roles: SIGNED_IN, target: 'reminderFilter', what: 'Reading reminders' },
  'School.contacts': { roles: SIGNED_IN, target: 'parentSchool', what: 'Reading a school’s contacts' },
  'School.history': { roles: SIGNED_IN, target: 'parentSchool', what: 'Reading a school’s audit history' },
  'Trust.contacts': { roles: SIGNED_IN, target: 'parentTrust', what: 'Reading a trust’s contacts' },
  'LocalAuthority.contacts': { roles: SIGNED_IN, target: 'parentAuthority', what: 'Reading a council’s contacts' },
  'ElementFinding.finding': { roles: SIGNED_IN, target: 'parentRecord', what: 'Reading an assessor’s findings' },
  'AnnualReview.summary': { roles: SIGNED_IN, target: 'parentRecord', what: 'Reading an annual review’s notes' },
  'Award.withdrawalReason': { roles: SIGNED_IN, target: 'parentRecord', what: 'Reading why an award was withdrawn' },
  'Reminder.recipients': { roles: SIGNED_IN, target: 'parentRecord', what: 'Reading a reminder’s recipients' },
  // Who acted, by address: admins only (everyone else sees role and organisation; see actor.ts).
  'HistoryEntry.actorEmail': { roles: ADMIN, target: 'none', what: 'Reading who made a change, by address' },
  'Contact.addedByEmail': { roles: ADMIN, target: 'none', what: 'Reading who added a contact, by address' },
  'ChangeSource.actorEmail': { roles: ADMIN, target: 'none', what: 'Reading who made a change, by address' },
  'Reminder.acknowledgedByEmail': {
    roles: ADMIN,
    target: 'none',
    what: 'Reading who acknowledged a reminder, by address',
  },
} as const satisfies Record<string, AccessRule>;

export type PolicedOperation = keyof typeof accessPolicy;

export function ruleFor(operation: string): AccessRule | undefined {
  return (accessPolicy as Record<string, AccessRule>)[operation];
}

/**
 * Whom a caller may subscribe to a digest whose scope the table has let them reach: themself (the digest lists the
 * scope's non-public changes when their own scope covers it); or, when their role manages contacts (as addContact),
 * a contact of that council, trust or school, who is sent its reminders already and so sees its non-public changes.
 * Unsubscribing needs no rule: the e-mail's link carries an unguessable token.
 */
export function digestSubscriber(
  caller: { id: string; role: Role | null },
  email: string,
  isContactOfScope: boolean,
): 'self' | 'contact' | 'refused' {
  if (email === caller.id.toLowerCase()) return 'self';
  if (caller.role && CONTACT_MANAGERS.includes(caller.role) && isContactOfScope) return 'contact';
  return 'refused';
}
