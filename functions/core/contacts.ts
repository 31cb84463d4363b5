// The people reminders go to: contacts held by a school, its trust and its council, each with a role and an email.
import type { StoredActor } from './actor.js';

export const CONTACT_ROLES = [
  'HEADTEACHER',
  'SENCO',
  'INCLUSION_LEAD',
  'GOVERNOR',
  'TRUST_INCLUSION_LEAD',
  'COUNCIL_SEND_OFFICER',
  'OTHER',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_SCOPES = ['SCHOOL', 'TRUST', 'LOCAL_AUTHORITY'] as const;
export type ContactScope = (typeof CONTACT_SCOPES)[number];

/** Whose contact list: a school by URN, a trust by UID, a council by LA code. */
export interface ContactOwner {
  scope: ContactScope;
  id: string;
}

/** addedBy (with addedByRole and addedByScope): who added it, shown by the @actor rule (actor.ts). */
export interface ContactRecord extends StoredActor<'addedBy'> {
  /** Lower-case; unique within its owner's list. */
  email: string;
  role: ContactRole;
  name?: string;
  addedAt: string;
}

export interface ContactList {
  owner: ContactOwner;
  contacts: ContactRecord[];
  version: number;
}

export interface Recipient {
  email: string;
  role: ContactRole;
  scope: ContactScope;
}

/**
 * Fifteen per owner keeps school + trust + council within SES's 50 recipients per message, so a reminder is
 * one message: a partial send can never deliver to some and not others.
 */
export const MAX_CONTACTS_PER_OWNER = 15;

/** Everyone a school's reminder goes to: school first, then trust, then council; an email appears once. */
export function recipientsOf(
  lists: readonly { scope: ContactScope; contacts: readonly ContactRecord[] }[],
): Recipient[] {
  const order = (scope: ContactScope) => ['SCHOOL', 'TRUST', 'LOCAL_AUTHORITY'].indexOf(scope);
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const list of [...lists].sort((a, b) => order(a.scope) - order(b.scope))) {
    for (const contact of list.contacts) {
      if (seen.has(contact.email)) continue;
      seen.add(contact.email);
      recipients.push({ email: contact.email, role: contact.role, scope: list.scope });
    }
  }
  return recipients;
}

export function describeOwner(owner: ContactOwner): string {
  switch (owner.scope) {
    case 'SCHOOL':
      return `school ${owner.id}`;
    case 'TRUST':
      return `trust ${owner.id}`;
    case 'LOCAL_AUTHORITY':
      return `local authority ${owner.id}`;
  }
}
