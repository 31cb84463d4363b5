// Contacts (who is reminded) and reminders (what was sent): thin resolvers over core validation and the store.
// Who may see or change them is the access table's to say (functions/graphql/access.ts wraps these).
import type DataLoader from 'dataloader';
import { addContactFromInput, removeContactFromInput } from '../../core/contact-input.js';
import type { ContactOwner, ContactRecord } from '../../core/contacts.js';
import { validatePageSize } from '../../core/pagination.js';
import { parseReminderIdInput, reminderQueryFromInput } from '../../core/reminder-input.js';
import { changeContacts, createContactLoader } from '../../store/contact-store.js';
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

export const reminderResolvers: Resolvers<GraphQLContext> = {
  Query: {
    reminders: async (_root, { filter, first, after }, context) => {
      const query = reminderQueryFromInput(filter);
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
      const change = context.change('addContact');
      const contact = addContactFromInput(input, change);
      return changeContacts(context.storeConfig, contact, change);
    },
    removeContact: async (_root, { input }, context) => {
      const contact = removeContactFromInput(input);
      return changeContacts(context.storeConfig, contact, context.change('removeContact'));
    },
    acknowledgeReminder: async (_root, { id }, context) => {
      const reminder = parseReminderIdInput(id);
      return acknowledgeReminder(context.storeConfig, reminder, context.change('acknowledgeReminder'));
    },
  },
  Reminder: {
    school: (reminder, _args, context) => context.store.loaders.school.load(reminder.urn),
    award: (reminder, _args, context) => context.store.loaders.award.load(reminder.awardId),
    lastError: (reminder) => reminder.lastError ?? null,
  },
  School: {
    contacts: (school, _args, context) => contactsOf(context, { scope: 'SCHOOL', id: school.urn }),
  },
  Trust: {
    contacts: (trust, _args, context) => contactsOf(context, { scope: 'TRUST', id: trust.uid }),
  },
  LocalAuthority: {
    contacts: (authority, _args, context) => contactsOf(context, { scope: 'LOCAL_AUTHORITY', id: authority.code }),
  },
};
