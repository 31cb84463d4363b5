// What one request may ask for, from maintained libraries: graphql-armor's token, alias, directive, depth and
// structural cost rules, and graphql-query-complexity for fan-out (a list costs its page size, from variables too).
import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  GraphQLError,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../core/pagination.js';

export const queryLimits = {
  /** Deeper than any screen needs (the school page is 6 levels); stops nested-list queries that fan out. */
  depth: 12,
  /** graphql-armor weighs each level 1.5x the one above; the borough dashboard weighs about 11,400. */
  structuralCost: 50_000,
  aliases: 20,
  directives: 20,
  /** The web page's largest query is about 400 tokens. */
  tokens: 3_000,
  /** Fan-out: roughly the number of values a request may resolve (a page of 100 schools with 15 fields is 1,600). */
  fanOut: 12_000,
  /** Fields a fragment expansion may visit before the fan-out count gives up. */
  fanOutNodes: 5_000,
} as const;

/** How many items a list field without `first` can hold at most: it is priced at that maximum. */
const listMaxima: Record<string, number> = {
  'School.inspections': 50,
  'School.awards': 20,
  'School.partnerships': 50,
  'School.predecessors': 10,
  'School.successors': 10,
  'School.contacts': 15,
  'Trust.contacts': 15,
  'LocalAuthority.contacts': 15,
  'Award.elements': 8,
  'Award.reviews': 20,
  'Reminder.recipients': 45,
  'HistoryEntry.changes': 30,
  'InclusionSummary.byAwardLevel': 3,
  'InclusionSummary.byAwardStatus': 7,
  'InspectionOutcomes.reportCardInclusion': 5,
  'InspectionOutcomes.legacyOverall': 4,
  'ComparisonRow.evaluations': 8,
  'ComparisonRow.judgements': 6,
  'LegacyInspection.judgements': 6,
  'ReportCardInspection.evaluations': 8,
  'Inspection.judgements': 6,
  // A trust's comparison holds every academy of the trust (the largest trusts have about 120).
  'Trust.comparison': 150,
  // Counted where the rows are chosen (Trust.comparison, compareSchools(urns)).
  'SchoolComparison.rows': 1,
};

/** Fields that read a whole council's schools whatever is selected beneath them. */
const wholeSetReads: Record<string, number> = {
  'LocalAuthority.schoolsCsv': 2_000,
  'LocalAuthority.inclusionSummary': 500,
};

/** A field costs 1 plus its children times the number of items it can return. */
const fanOutEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const name = `${type.name}.${field.name}`;
  const fixed = wholeSetReads[name];
  if (fixed !== undefined) return fixed + childComplexity;
  if ('first' in args)
    return 1 + (typeof args.first === 'number' ? Math.max(args.first, 0) : MAX_PAGE_SIZE) * childComplexity;
  if (Array.isArray(args.urns)) return 1 + args.urns.length * childComplexity;
  // A connection's page is counted once, at the field that takes `first`.
  if (type.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
  const maximum = listMaxima[name];
  if (maximum !== undefined) return 1 + maximum * childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + MAX_PAGE_SIZE * childComplexity;
  return 1 + childComplexity;
};

const tooBig = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });

/** graphql-armor throws by default, which Apollo answers as a 500; reported, it is a 400 validation error. */
const reportAsValidationError = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Ask for less in one request.`),
      ),
  ],
};

export const queryLimitRules = [
  maxDepthRule({ n: queryLimits.depth, flattenFragments: true, ...reportAsValidationError }),
  maxAliasesRule({ n: queryLimits.aliases, ...reportAsValidationError }),
  maxDirectivesRule({ n: queryLimits.directives, ...reportAsValidationError }),
  costLimitRule({ maxCost: queryLimits.structuralCost, ...reportAsValidationError }),
];

/**
 * Counts a document's tokens with graphql-armor's lexer, stopping at the limit, before Apollo parses it: the
 * request middleware refuses a huge document unread. Other syntax errors are Apollo's to report.
 */
export function hasTooManyTokens(query: string): boolean {
  try {
    new MaxTokensParserWLexer(query, { n: queryLimits.tokens, propagateOnRejection: true }).parseDocument();
    return false;
  } catch (error) {
    return error instanceof GraphQLError && /token/i.test(error.message);
  }
}

/** The fan-out of one operation with its variables (throws a GraphQLError when fragments expand too far). */
export function fanOut(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [fanOutEstimator],
    maxQueryNodes: queryLimits.fanOutNodes,
  });
}

/** Fan-out is counted once the operation and its variables are known, before anything is read. */
export const queryLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        let cost: number;
        try {
          cost = fanOut(schema, document, request.variables ?? {}, operationName ?? undefined);
        } catch (error) {
          if (error instanceof GraphQLError && /nodes/i.test(error.message)) {
            throw tooBig('The query expands to too many fields. Ask for less in one request.');
          }
          // Invalid variables are reported by execution as BAD_USER_INPUT.
          return;
        }
        if (cost > queryLimits.fanOut) {
          throw tooBig(
            `The query could return about ${cost} values, more than the ${queryLimits.fanOut} one request may; ` +
              'ask for smaller pages (first), fewer fields or fewer schools.',
          );
        }
      },
    };
  },
};
