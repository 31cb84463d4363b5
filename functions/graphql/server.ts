// The ApolloServer factory, shared by the Lambda entry, the local server and the tests.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { buildASTSchema, type GraphQLFormattedError, type GraphQLSchema, parse } from 'graphql';
import { attachResolvers } from './attach-resolvers.js';
import type { GraphQLContext } from './context.js';
import { formatError } from './errors.js';
import { buildSchemaFromCode } from './generated/schema-code.js';
import { typeDefs } from './generated/type-defs.js';
import { inputLengthPlugin } from './input-lengths.js';
import { queryLimitPlugin, queryLimitRules } from './query-limits.js';
import { buildResolvers } from './resolvers/index.js';

export interface ServerOptions {
  logError?: (message: string, cause: unknown) => void;
  /** Production: no introspection and no "Did you mean" hints that map the schema for an attacker. */
  production?: boolean;
}

/**
 * A request Beacon failed to answer (DynamoDB unavailable, a bug) is a request-level failure: 500 and no partial
 * data, so clients retry and the API's 5xx alarm sees it. Bad requests keep their 4xx from Apollo.
 */
const internalErrorsAre500: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (!result.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) return;
        response.http.status = 500;
        delete result.data;
      },
    };
  },
};

/**
 * The deployed API answers no introspection, so its bundle defines this as `omitted` (infra/lambda-bundling.ts): it
 * runs the schema codegen wrote as graphql-js constructor calls (no SDL to parse, no document to turn into types, no
 * descriptions), and esbuild leaves the described SDL out. Locally the schema is built from the SDL, so the explorer
 * shows every description. Either way it is trusted as valid (codegen built and checked it), and resolvers are set in
 * place with graphql-js alone (no copy of every type), so the API's bundle leaves @graphql-tools out.
 */
const buildSchema = (): GraphQLSchema => {
  const schema =
    process.env.BEACON_SCHEMA_DESCRIPTIONS === 'omitted'
      ? buildSchemaFromCode()
      : buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValid: true, assumeValidSDL: true });
  return attachResolvers(schema, buildResolvers(schema) as Readonly<Record<string, object>>);
};

const MAX_ERRORS = 20;

/** A hostile document can raise an error per field; the answer lists the first few, not a megabyte of them. */
const boundedErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors || errors.length <= MAX_ERRORS) return;
        const more = errors.length - MAX_ERRORS;
        const code = errors[0]?.extensions?.code;
        response.body.singleResult.errors = [
          ...errors.slice(0, MAX_ERRORS),
          {
            message: `…and ${more} more errors like these; fix the ones above first.`,
            extensions: code ? { code } : {},
          },
        ];
      },
    };
  },
};

export function createApolloServer(options: ServerOptions = {}): ApolloServer<GraphQLContext> {
  const logError = options.logError ?? ((message, cause) => console.error(message, cause));
  const production = options.production ?? false;
  return new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // One operation per request: a batch would multiply every limit below.
    allowBatchedHttpRequests: false,
    // The web page sends whole documents; a request naming a persisted query is refused (malformed-request.ts).
    persistedQueries: false,
    validationRules: queryLimitRules,
    includeStacktraceInErrorResponses: false,
    // The local explorer is served by local/; the cloud API serves JSON only (no CDN-hosted landing page).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Nothing is sent to Apollo's cloud whatever the environment (an APOLLO_KEY included), and the Lambda bundle
      // leaves Apollo's own reporting, tracing and landing-page plugins out (infra/lambda-bundling.ts).
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      queryLimitPlugin,
      inputLengthPlugin,
      internalErrorsAre500,
      boundedErrors,
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, logError),
  });
}
