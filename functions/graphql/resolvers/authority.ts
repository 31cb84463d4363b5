// schema/authority.graphql: councils, their schools, and an admin's upsert.
import { parseLaCode } from '../../core/identifiers.js';
import { localAuthorityFromInput } from '../../core/reference-input.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { schoolConnection, withinList } from '../school-lists.js';

export const authorityResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    upsertLocalAuthority: (_root, { input }, context) =>
      context.store.localAuthorities.upsert(localAuthorityFromInput(input)),
  },
  Query: {
    localAuthority: (_root, args, context) => context.store.localAuthorities.byCode(parseLaCode(args.code)),
  },
  LocalAuthority: {
    onsCode: (authority) => authority.onsCode ?? null,
    schools: (authority, args, context, info) =>
      schoolConnection(context, withinList(args.filter, { localAuthority: authority.code }), args, info),
  },
};
