// Turns errors into GraphQL errors a person can act on; internals never reach the client.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../core/errors.js';

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
}

/** Apollo formatError: domain errors keep their code; unexpected ones are logged and masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, cause: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
    return formatted;
  }
  log('Unexpected error while resolving a request', original);
  return {
    message: 'Beacon could not answer this request because of an internal error. It has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
