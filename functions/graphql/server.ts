// The ApolloServer factory, shared by the Lambda entry, the local server and the tests.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from './context.js';
import { formatError } from './errors.js';
import { typeDefs } from './generated/type-defs.js';
import { buildResolvers } from './resolvers/index.js';

export interface ServerOptions {
  logError?: (message: string, cause: unknown) => void;
}

export function createApolloServer(options: ServerOptions = {}): ApolloServer<GraphQLContext> {
  const logError = options.logError ?? ((message, cause) => console.error(message, cause));
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers: buildResolvers(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The local explorer is served by local/; the cloud API serves JSON only (no CDN-hosted landing page).
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, logError),
  });
}
