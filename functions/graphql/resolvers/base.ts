// schema/base.graphql: the liveness probe, and the Date and DateTime scalars (a bad date is a clear BAD_USER_INPUT).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../core/calendar.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(
      `A date is written YYYY-MM-DD and must exist (e.g. 2025-06-30); got ${JSON.stringify(value)}.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/T.*(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new GraphQLError(
      `A date-time is ISO 8601 with a time zone (e.g. 2025-06-30T09:00:00Z); got ${JSON.stringify(value)}.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

const dateScalars = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date, ISO 8601 YYYY-MM-DD (e.g. 2025-06-30); one that does not exist is BAD_USER_INPUT.',
    serialize: (value) => String(value),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
  DateTime: new GraphQLScalarType({
    name: 'DateTime',
    description: 'An instant, ISO 8601 with a time zone (e.g. 2025-06-30T09:00:00Z); Beacon writes UTC.',
    serialize: (value) => String(value),
    parseValue: parseDateTime,
    parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
};

export const baseResolvers: Resolvers<GraphQLContext> = {
  Query: { ok: () => true },
  ...dateScalars,
};
