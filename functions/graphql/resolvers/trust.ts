// schema/trust.graphql: academy trusts, their schools, and an admin's upsert.
import { parseTrustUid } from '../../core/identifiers.js';
import { trustFromInput } from '../../core/reference-input.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { schoolConnection, withinList } from '../school-lists.js';

export const trustResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    upsertTrust: (_root, { input }, context) => context.store.trusts.upsert(trustFromInput(input)),
  },
  Query: {
    trust: (_root, args, context) => context.store.trusts.byUid(parseTrustUid(args.uid)),
  },
  Trust: {
    schools: (trust, args, context, info) =>
      schoolConnection(context, withinList(args.filter, { trust: trust.uid }), args, info),
  },
};
