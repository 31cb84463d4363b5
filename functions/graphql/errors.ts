// Turns errors into GraphQL errors a person can act on; internals never reach the client, nor does echoed input.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../core/errors.js';

const MAX_MESSAGE_CHARS = 400;
const MAX_QUOTED_CHARS = 40;

/** graphql-js quotes the offending value in its messages ("got invalid value "…""); long ones are cut, not echoed. */
export function withoutEchoedInput(message: string): string {
  const trimmed = message.replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) =>
    inner.length > MAX_QUOTED_CHARS ? `"${inner.slice(0, MAX_QUOTED_CHARS)}…"` : quoted,
  );
  return trimmed.length > MAX_MESSAGE_CHARS ? `${trimmed.slice(0, MAX_MESSAGE_CHARS)}…` : trimmed;
}

/** Apollo formatError: domain errors keep their code; unexpected ones are logged and masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, cause: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      ...formatted,
      message: withoutEchoedInput(original.message),
      extensions: { code: original.code, ...original.details },
    };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: withoutEchoedInput(formatted.message), extensions };
  }
  log('Unexpected error while resolving a request', original);
  return {
    message: 'Beacon could not answer this request because of an internal error. It has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
