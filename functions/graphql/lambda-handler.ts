// Builds the API Lambda handler from its parts, so tests drive exactly what handler.ts exports.
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { StoreConfig } from '../store/index.js';
import { type ContextOptions, createContextFactory } from './context.js';
import { rejectMalformedBody, rejectMalformedQueryString } from './malformed-request.js';
import { createApolloServer, type ServerOptions } from './server.js';

export function createLambdaHandler(store: StoreConfig, options: ContextOptions & ServerOptions = {}) {
  const createContext = createContextFactory(store, options);
  return startServerAndCreateLambdaHandler(
    createApolloServer(options),
    handlers.createAPIGatewayProxyEventV2RequestHandler(),
    {
      context: ({ event }) => createContext(event),
      middleware: [async (event) => rejectMalformedBody(event) ?? rejectMalformedQueryString(event)],
    },
  );
}
