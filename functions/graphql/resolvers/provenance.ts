// schema/provenance.graphql: where the data came from and the date it is as at, on its own and beside each summary.
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const provenanceResolvers: Resolvers<GraphQLContext> = {
  Query: {
    dataSources: (_root, _args, context) => context.store.sources.all(),
  },
  InclusionSummary: {
    dataSources: (_summary, _args, context) => context.store.sources.all(),
  },
};
