// The people a school, trust or council wants reminded: one list item beside the owner's own item.
import type { ContactList, ContactOwner, ContactRecord } from '../../core/contacts.js';
import { defineEntity, type ItemKey } from '../dynamo/entity.js';
import { localAuthorityKey, trustKey } from '../reference/keys.js';
import { schoolKey } from '../schools/keys.js';

/** The owner's own item: a contact list may only be kept for a school, trust or council Beacon holds. */
export function ownerKey(owner: ContactOwner): ItemKey {
  if (owner.scope === 'SCHOOL') return schoolKey(owner.id);
  return owner.scope === 'TRUST' ? trustKey(owner.id) : localAuthorityKey(owner.id);
}

export const contactListKey = (owner: ContactOwner): ItemKey => ({ pk: ownerKey(owner).pk, sk: 'CONTACTS' });

const entity = defineEntity<ContactList>({ name: 'Contacts', key: (list) => contactListKey(list.owner) });

export const contactListEntity = {
  ...entity,
  of: (item: Record<string, unknown>): ContactList => {
    const list = entity.of(item);
    return {
      owner: list.owner,
      contacts: (list.contacts ?? []) as ContactRecord[],
      version: Number(list.version ?? 0),
    };
  },
};
