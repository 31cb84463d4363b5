// Contacts (who is reminded) and reminders (what was sent): thin resolvers over core validation and the store.
// Who may see or change them is the access table's to say (functions/graphql/access.ts wraps these).
import { addContactFromInput, removeContactFromInput } from '../../core/contact-input.js';
import { keysetPageInfo, validatePageSize } from '../../core/pagination.js';
import { parseReminderIdInput, reminderQueryFromInput } from '../../core/reminder-input.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const reminderResolvers: Resolvers<GraphQLContext> = {
  Query: {
    reminders: async (_root, { filter, first, after }, context) => {
      const query = reminderQueryFromInput(filter);
      const page = await context.store.reminders.page(query, validatePageSize(first), after);
      return { edges: page.edges, pageInfo: keysetPageInfo(page.edges, page.hasNextPage, after) };
    },
  },
  Mutation: {
    addContact: async (_root, { input }, context) => {
      const change = context.change('addContact');
      const contact = addContactFromInput(input, change);
      return context.store.contacts.change(contact, change);
    },
    removeContact: async (_root, { input }, context) => {
      const contact = removeContactFromInput(input);
      return context.store.contacts.change(contact, context.change('removeContact'));
    },
    acknowledgeReminder: async (_root, { id }, context) => {
      const reminder = parseReminderIdInput(id);
      return context.store.reminders.acknowledge(reminder, context.change('acknowledgeReminder'));
    },
  },
  Reminder: {
    school: (reminder, _args, context) => context.store.schools.byUrn(reminder.urn),
    award: (reminder, _args, context) => context.store.awards.byId(reminder.awardId),
    lastError: (reminder) => reminder.lastError ?? null,
  },
  School: {
    contacts: (school, _args, context) => context.store.contacts.of({ scope: 'SCHOOL', id: school.urn }),
  },
  Trust: {
    contacts: (trust, _args, context) => context.store.contacts.of({ scope: 'TRUST', id: trust.uid }),
  },
  LocalAuthority: {
    contacts: (authority, _args, context) =>
      context.store.contacts.of({ scope: 'LOCAL_AUTHORITY', id: authority.code }),
  },
};
