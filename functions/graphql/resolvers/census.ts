// schema/census.graphql: a school's January census figures, and a council's or a trust's summed from its kept tally
// (the same single read as its inclusion summary).
import { censusView } from '../../core/census.js';
import { censusSummaryOf } from '../../core/census-summary.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const censusResolvers: Resolvers<GraphQLContext> = {
  School: {
    census: (school) => censusView(school.census),
  },
  ComparisonRow: {
    census: (row) => censusView(row.school.census),
  },
  LocalAuthority: {
    censusSummary: async (authority, _args, context) =>
      censusSummaryOf(await context.store.tallies.of({ localAuthority: authority.code })),
  },
  Trust: {
    censusSummary: async (trust, _args, context) =>
      censusSummaryOf(await context.store.tallies.of({ trust: trust.uid })),
  },
};
