// Contacts (who is reminded) and reminders (what was sent): thin resolvers over core validation and the store.
import type DataLoader from 'dataloader';
import { addContactFromInput, removeContactFromInput } from '../../core/contact-input.js';
import type { ContactOwner, ContactRecord } from '../../core/contacts.js';
import { validatePageSize } from '../../core/pagination.js';
import { parseReminderIdInput, reminderQueryFromInput } from '../../core/reminder-input.js';
import { requirePermission, requireScope, type ScopeTarget } from '../../core/authorization.js';
import { notFound } from '../../core/errors.js';
import { changeContacts, createContactLoader } from '../../store/contact-store.js';
import { urnOfRecordId } from '../../store/keys.js';
import { acknowledgeReminder } from '../../store/reminder-acknowledge.js';
import { reminderPage } from '../../store/reminder-list.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

// One contact loader per request, kept beside the request's context rather than in it.
const contactLoaders = new WeakMap<GraphQLContext, DataLoader<ContactOwner, ContactRecord[], string>>();

function contactsOf(context: GraphQLContext, owner: ContactOwner): Promise<ContactRecord[]> {
  let loader = contactLoaders.get(context);
  if (!loader) {
    loader = createContactLoader(context.storeConfig);
    contactLoaders.set(context, loader);
  }
  return loader.load(owner);
}

/** What a contact owner covers, for the scope check: a school also belongs to its council and its trust. */
async function targetOf(context: GraphQLContext, owner: ContactOwner): Promise<ScopeTarget> {
  if (owner.scope === 'TRUST') return { trustUid: owner.id };
  if (owner.scope === 'LOCAL_AUTHORITY') return { laCode: owner.id };
  const school = await context.store.loaders.school.load(owner.id);
  if (!school) throw notFound(`No school with URN ${owner.id} is held by Beacon.`);
  return { urn: school.urn, laCode: school.laCode, trustUid: school.trustUid };
}

async function requireOwnerScope(context: GraphQLContext, owner: ContactOwner, what: string): Promise<void> {
  if (context.caller.role === 'admin' || context.caller.scope === 'all') return;
  requireScope(context.caller, await targetOf(context, owner), what);
}

export const reminderResolvers: Resolvers<GraphQLContext> = {
  Query: {
    reminders: async (_root, { filter, first, after }, context) => {
      const query = reminderQueryFromInput(filter);
      await requireOwnerScope(context, query.scope, 'Reminders and their recipients');
      const page = await reminderPage(context.storeConfig, query, validatePageSize(first), after);
      return {
        edges: page.edges,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: Boolean(after),
          startCursor: page.edges[0]?.cursor ?? null,
          endCursor: page.edges.at(-1)?.cursor ?? null,
        },
      };
    },
  },
  Mutation: {
    addContact: async (_root, { input }, context) => {
      requirePermission(context.caller, 'manageContacts');
      const change = context.change('addContact');
      const contact = addContactFromInput(input, change);
      await requireOwnerScope(context, contact.owner, 'Contacts');
      return changeContacts(context.storeConfig, contact, change);
    },
    removeContact: async (_root, { input }, context) => {
      requirePermission(context.caller, 'manageContacts');
      const contact = removeContactFromInput(input);
      await requireOwnerScope(context, contact.owner, 'Contacts');
      return changeContacts(context.storeConfig, contact, context.change('removeContact'));
    },
    acknowledgeReminder: async (_root, { id }, context) => {
      requirePermission(context.caller, 'acknowledgeReminder');
      const reminder = parseReminderIdInput(id);
      const urn = urnOfRecordId(reminder.awardId);
      if (!urn) throw notFound(`No reminder with id "${id}".`);
      await requireOwnerScope(context, { scope: 'SCHOOL', id: urn }, 'Reminders');
      return acknowledgeReminder(context.storeConfig, reminder, context.change('acknowledgeReminder'));
    },
  },
  Reminder: {
    school: (reminder, _args, context) => context.store.loaders.school.load(reminder.urn),
    award: (reminder, _args, context) => context.store.loaders.award.load(reminder.awardId),
    lastError: (reminder) => reminder.lastError ?? null,
  },
  School: {
    contacts: (school, _args, context) => {
      requireScope(context.caller, { urn: school.urn, laCode: school.laCode, trustUid: school.trustUid }, 'Contacts');
      return contactsOf(context, { scope: 'SCHOOL', id: school.urn });
    },
  },
  Trust: {
    contacts: (trust, _args, context) => {
      requireScope(context.caller, { trustUid: trust.uid }, 'Contacts');
      return contactsOf(context, { scope: 'TRUST', id: trust.uid });
    },
  },
  LocalAuthority: {
    contacts: (authority, _args, context) => {
      requireScope(context.caller, { laCode: authority.code }, 'Contacts');
      return contactsOf(context, { scope: 'LOCAL_AUTHORITY', id: authority.code });
    },
  },
};
