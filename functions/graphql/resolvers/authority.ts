import { parseLaCode } from '../../core/identifiers.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { schoolConnection, withinList } from './school-list.js';

export const authorityResolvers: Resolvers<GraphQLContext> = {
  Query: {
    localAuthority: (_root, args, context) => context.store.councils.byCode(parseLaCode(args.code)),
  },
  LocalAuthority: {
    onsCode: (authority) => authority.onsCode ?? null,
    schools: (authority, args, context) =>
      schoolConnection(context, withinList(args.filter, { localAuthority: authority.code }), args),
  },
};
