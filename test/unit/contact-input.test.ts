import { describe, expect, it } from 'vitest';
import { addContactFromInput, ownerFromInput, removeContactFromInput } from '../../functions/core/contact-input.js';
import { type ContactList, MAX_CONTACTS_PER_OWNER } from '../../functions/core/contacts.js';
import { DomainError } from '../../functions/core/errors.js';

const change = {
  actor: 'officer@knowsley.gov.uk',
  actorRole: 'council_officer',
  actorScope: 'la:340',
  at: '2026-11-23T09:00:00.000Z',
  action: 'addContact',
};
const school = { urn: '140412' };

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a domain error';
  }
  return undefined;
}

describe('whose contact', () => {
  it('takes exactly one of urn, trustUid or laCode', () => {
    expect(ownerFromInput({ urn: '140412' })).toEqual({ scope: 'SCHOOL', id: '140412' });
    expect(ownerFromInput({ trustUid: '2864' })).toEqual({ scope: 'TRUST', id: '2864' });
    expect(ownerFromInput({ laCode: '340' })).toEqual({ scope: 'LOCAL_AUTHORITY', id: '340' });
    expect(codeOf(() => ownerFromInput({}))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => ownerFromInput({ urn: '140412', laCode: '340' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => ownerFromInput({ urn: '14041' }))).toBe('BAD_USER_INPUT');
  });
});

describe('adding a contact', () => {
  it('normalises the email and records who added it, with their role and scope', () => {
    const { list, contact, changed } = addContactFromInput(
      { owner: school, email: '  SENCO@LordDerby.example ', role: 'SENCO' },
      change,
    ).apply(null);
    expect(changed).toBe(true);
    expect(contact).toEqual({
      email: 'senco@lordderby.example',
      role: 'SENCO',
      addedAt: change.at,
      addedBy: 'officer@knowsley.gov.uk',
      addedByRole: 'council_officer',
      addedByScope: 'la:340',
    });
    expect(list).toMatchObject({ owner: { scope: 'SCHOOL', id: '140412' }, version: 1 });
  });

  it('rejects an address that is not an email', () => {
    expect(codeOf(() => addContactFromInput({ owner: school, email: 'senco at school', role: 'SENCO' }, change))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('treats the same contact again as no change, and a different role as a conflict', () => {
    const first = addContactFromInput({ owner: school, email: 'senco@lordderby.example', role: 'SENCO' }, change).apply(
      null,
    ).list;
    expect(
      addContactFromInput({ owner: school, email: 'Senco@lordderby.example', role: 'SENCO' }, change).apply(first)
        .changed,
    ).toBe(false);
    const otherRole = addContactFromInput(
      { owner: school, email: 'senco@lordderby.example', role: 'HEADTEACHER' },
      change,
    );
    expect(codeOf(() => otherRole.apply(first))).toBe('CONFLICT');
  });

  it(`holds at most ${MAX_CONTACTS_PER_OWNER} contacts per owner`, () => {
    let list: ContactList | null = null;
    for (let index = 0; index < MAX_CONTACTS_PER_OWNER; index += 1) {
      list = addContactFromInput(
        { owner: school, email: `person${index}@school.example`, role: 'OTHER' },
        change,
      ).apply(list).list;
    }
    const oneMore = addContactFromInput({ owner: school, email: 'late@school.example', role: 'OTHER' }, change);
    expect(codeOf(() => oneMore.apply(list))).toBe('BAD_USER_INPUT');
  });
});

describe('removing a contact', () => {
  it('answers NOT_FOUND for an email the owner does not hold', () => {
    expect(codeOf(() => removeContactFromInput({ owner: school, email: 'nobody@school.example' }).apply(null))).toBe(
      'NOT_FOUND',
    );
  });
});
