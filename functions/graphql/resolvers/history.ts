import { withoutAddresses } from '../../core/change.js';
import { validatePageSize } from '../../core/pagination.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const historyResolvers: Resolvers<GraphQLContext> = {
  School: {
    history: async (school, args, context) => {
      const page = await context.store.history.page(school.urn, validatePageSize(args.first), args.after);
      return {
        edges: page.entries.map(({ cursor, entry }) => ({ cursor, node: entry })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: Boolean(args.after),
          startCursor: page.entries[0]?.cursor ?? null,
          endCursor: page.entries.at(-1)?.cursor ?? null,
        },
      };
    },
  },
  HistoryEntry: {
    // actor and actorEmail: the schema's @actor rule (actor-fields.ts), shared with every field naming who acted.
    summary: (entry) => withoutAddresses(entry.summary),
    changes: (entry) =>
      entry.changes.map((change) => ({
        field: change.field,
        before: withoutAddresses(change.before) ?? null,
        after: withoutAddresses(change.after) ?? null,
      })),
  },
};
