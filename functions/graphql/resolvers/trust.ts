import { parseTrustUid } from '../../core/identifiers.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { schoolConnection, withinList } from './school-list.js';

export const trustResolvers: Resolvers<GraphQLContext> = {
  Query: {
    trust: (_root, args, context) => context.store.trusts.byUid(parseTrustUid(args.uid)),
  },
  Trust: {
    schools: (trust, args, context) => schoolConnection(context, withinList(args.filter, { trust: trust.uid }), args),
  },
};
