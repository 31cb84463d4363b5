// Validation of contact changes, and the list rules (unique email, a cap per owner) as pure functions.

import { storedActor } from './actor.js';
import type { ChangeContext } from './change.js';
import {
  CONTACT_ROLES,
  type ContactList,
  type ContactOwner,
  type ContactRecord,
  describeOwner,
  MAX_CONTACTS_PER_OWNER,
} from './contacts.js';
import { badInput, conflict, notFound } from './errors.js';
import * as lengths from './generated/input-lengths.js';
import { parseLaCode, parseTrustUid, parseUrn } from './identifiers.js';
import { onFirstUse, optionalText, parseInput } from './validation.js';
import * as z from './zod.js';

export interface OwnerInput {
  urn?: string | null;
  trustUid?: string | null;
  laCode?: string | null;
}

/** Exactly one of urn, trustUid or laCode. */
export function ownerFromInput(input: OwnerInput, argument = 'owner'): ContactOwner {
  const given = [input.urn, input.trustUid, input.laCode].filter((value) => value !== null && value !== undefined);
  if (given.length !== 1) {
    throw badInput(`Give exactly one of ${argument}.urn, ${argument}.trustUid or ${argument}.laCode.`, { argument });
  }
  if (input.urn) return { scope: 'SCHOOL', id: parseUrn(input.urn, `${argument}.urn`) };
  if (input.trustUid) return { scope: 'TRUST', id: parseTrustUid(input.trustUid, `${argument}.trustUid`) };
  return { scope: 'LOCAL_AUTHORITY', id: parseLaCode(input.laCode ?? '', `${argument}.laCode`) };
}

// Normalised before the format check, so " Senco@School.org " is accepted as senco@school.org.
export const emailAddress = (max: number) =>
  z.pipe(
    z.string().check(z.trim(), z.toLowerCase()),
    z
      .email('must be an email address, e.g. senco@school.example.org')
      .check(z.maxLength(max, `must be at most ${max} characters`)),
  );

/** An owner as given (the one-of rule is ownerFromInput's): a contact's owner, a digest's scope. */
export const ownerInput = onFirstUse(() =>
  z.object({
    urn: z.optional(z.nullable(z.string())),
    trustUid: z.optional(z.nullable(z.string())),
    laCode: z.optional(z.nullable(z.string())),
  }),
);

const addContactInput = onFirstUse(() =>
  z.object({
    owner: ownerInput(),
    email: emailAddress(lengths.AddContactInput.email),
    role: z.enum(CONTACT_ROLES),
    name: optionalText(lengths.AddContactInput.name),
  }),
);

const removeContactInput = onFirstUse(() =>
  z.object({
    owner: ownerInput(),
    email: emailAddress(lengths.RemoveContactInput.email),
  }),
);

export interface ContactChange {
  owner: ContactOwner;
  email: string;
  /** The list after the change, given the list before it (null: the owner has none yet). */
  apply(list: ContactList | null): { list: ContactList; contact: ContactRecord; changed: boolean };
}

export function addContactFromInput(input: unknown, change: ChangeContext): ContactChange {
  const parsed = parseInput(addContactInput(), input, 'contact');
  const owner = ownerFromInput(parsed.owner, 'input.owner');
  const contact: ContactRecord = {
    email: parsed.email,
    role: parsed.role,
    ...(parsed.name ? { name: parsed.name } : {}),
    addedAt: change.at,
    ...storedActor('addedBy', change),
  };
  return {
    owner,
    email: contact.email,
    apply: (list) => {
      const current = list ?? { owner, contacts: [], version: 0 };
      const existing = current.contacts.find((candidate) => candidate.email === contact.email);
      if (existing) {
        // The same contact again (a retried request) changes nothing; a different role is a real disagreement.
        if (existing.role === contact.role && (existing.name ?? null) === (contact.name ?? null)) {
          return { list: current, contact: existing, changed: false };
        }
        throw conflict(
          `${contact.email} is already a contact of ${describeOwner(owner)} (role ${existing.role}); remove it ` +
            `first to change it.`,
        );
      }
      if (current.contacts.length >= MAX_CONTACTS_PER_OWNER) {
        throw badInput(
          `${describeOwner(owner)} already has ${MAX_CONTACTS_PER_OWNER} contacts, the most one owner may hold.`,
          {
            argument: 'input.email',
            maximum: MAX_CONTACTS_PER_OWNER,
          },
        );
      }
      const contacts = [...current.contacts, contact].sort((a, b) => a.email.localeCompare(b.email));
      return { list: { owner, contacts, version: current.version + 1 }, contact, changed: true };
    },
  };
}

export function removeContactFromInput(input: unknown): ContactChange {
  const parsed = parseInput(removeContactInput(), input, 'contact');
  const owner = ownerFromInput(parsed.owner, 'input.owner');
  return {
    owner,
    email: parsed.email,
    apply: (list) => {
      const existing = list?.contacts.find((candidate) => candidate.email === parsed.email);
      if (!list || !existing) throw notFound(`${parsed.email} is not a contact of ${describeOwner(owner)}.`);
      const contacts = list.contacts.filter((candidate) => candidate !== existing);
      return { list: { owner, contacts, version: list.version + 1 }, contact: existing, changed: true };
    },
  };
}
