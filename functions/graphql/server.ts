// The ApolloServer factory, shared by the Lambda entry, the local server and the tests.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { GraphQLContext } from './context.js';
import { formatError } from './errors.js';
import { typeDefs } from './generated/type-defs.js';
import { buildResolvers } from './resolvers/index.js';

export interface ServerOptions {
  logError?: (message: string, cause: unknown) => void;
}

/** Deeper than any screen needs (the school page is 6 levels); stops nested-list queries that fan out. */
export const MAX_QUERY_DEPTH = 12;
// graphql-armor weighs each level 1.5x the one above; the borough dashboard weighs about 11,400.
export const MAX_QUERY_COST = 50_000;

/** graphql-armor throws by default, which Apollo answers as a 500; reported, it is a 400 validation error. */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Ask for fewer nested levels.`)),
  ],
};

export function createApolloServer(options: ServerOptions = {}): ApolloServer<GraphQLContext> {
  const logError = options.logError ?? ((message, cause) => console.error(message, cause));
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers: buildResolvers(),
    introspection: true,
    validationRules: [
      maxDepthRule({ n: MAX_QUERY_DEPTH, exposeLimits: true, ...reportAsValidationError }),
      costLimitRule({ maxCost: MAX_QUERY_COST, exposeLimits: true, ...reportAsValidationError }),
    ],
    includeStacktraceInErrorResponses: false,
    // The local explorer is served by local/; the cloud API serves JSON only (no CDN-hosted landing page).
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, logError),
  });
}
