// What one request may ask for, from maintained libraries: graphql-armor's token, alias, directive, depth and
// structural cost rules, and graphql-query-complexity for fan-out (a list costs its page size, from variables too)
// and for whole-list reads (whole-list-reads.ts), each counted as often as the lists above it can repeat it.
import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getNullableType,
  isListType,
  type ValidationContext,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { MAX_COMPARED } from '../core/indicator-comparison.js';
import { INDICATORS } from '../core/indicators/catalogue.js';
import { MAX_PAGE_SIZE } from '../core/pagination.js';
import { WHOLE_LIST_EXAMPLES, wholeListFields } from './whole-list-reads.js';

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
  /**
   * Whole lists one request may read (a search, a CSV, a sorted list...): every page needs at most one; two leave
   * room for a page with a sorted list and its CSV. More are refused, however the document repeats them.
   */
  wholeListReads: 2,
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
  'InclusionStatus.judgements': 6,
  'InclusionStatus.evaluations': 8,
  // A search's lists each take their own page size; without one, the search's first (at most 20).
  'SearchResults.localAuthorities': 20,
  'SearchResults.trusts': 20,
  'SearchResults.schools': 20,
  // A trust's comparison holds every academy of the trust (the largest trusts have about 120).
  'Trust.comparison': 150,
  // Counted where the rows are chosen (Trust.comparison, compareSchools(urns)).
  'SchoolComparison.rows': 1,
  // The catalogue of indicators, each with a series of a period a year (LAIT's reach back ten years).
  'Query.indicators': INDICATORS.length,
  'LocalAuthority.indicators': INDICATORS.length,
  'England.indicators': INDICATORS.length,
  'LocalAuthorityIndicator.series': 15,
  'AreaIndicator.series': 15,
  'LocalAuthorityIndicator.neighbours': 10,
  'LocalAuthority.statisticalNeighbours': 10,
  'LocalAuthorityComparison.localAuthorities': MAX_COMPARED,
  'LocalAuthorityComparison.rows': INDICATORS.length,
  'LocalAuthorityComparisonRow.figures': MAX_COMPARED,
};

/** Fields that read a whole council's schools whatever is selected beneath them. */
const wholeSetReads: Record<string, number> = {
  'LocalAuthority.schoolsCsv': 2_000,
  'LocalAuthority.inclusionSummary': 500,
};

type EstimatorArgs = Parameters<ComplexityEstimator>[0];

/** How many times a field's selection is resolved: its page size, its URNs, or the most items it can hold. */
function multiplicity({ type, field, args }: EstimatorArgs): number {
  const name = `${type.name}.${field.name}`;
  if (wholeSetReads[name] !== undefined) return 1;
  // One set of results: its `first` sizes the lists beneath it, each priced at its own field.
  if (name === 'Query.search') return 1;
  if ('first' in args) return typeof args.first === 'number' ? Math.max(args.first, 0) : MAX_PAGE_SIZE;
  if (Array.isArray(args.urns)) return args.urns.length;
  if (Array.isArray(args.ids)) return args.ids.length;
  // A connection's page is counted once, at the field that takes `first`.
  if (type.name.endsWith('Connection') && field.name === 'edges') return 1;
  const maximum = listMaxima[name];
  if (maximum !== undefined) return maximum;
  if (isListType(getNullableType(field.type))) return MAX_PAGE_SIZE;
  return 1;
}

/** A field costs 1 (or its fixed price) plus its children times the number of items it can return. */
const fanOutEstimator: ComplexityEstimator = (options) => {
  const fixed = wholeSetReads[`${options.type.name}.${options.field.name}`];
  return (fixed ?? 1) + multiplicity(options) * options.childComplexity;
};

/** Whole-list reads: 1 for a field that reads one, plus its children's times the number of items it can return. */
const wholeListEstimator: ComplexityEstimator = (options) => {
  const reads = wholeListFields[`${options.type.name}.${options.field.name}`];
  return (reads?.(options.args) ? 1 : 0) + multiplicity(options) * options.childComplexity;
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

export interface RequestCost {
  /** Roughly how many values the operation can resolve. */
  fanOut: number;
  /** How many whole lists it reads (whole-list-reads.ts). */
  wholeListReads: number;
}

/** The cost of one operation with its variables (throws a GraphQLError when fragments expand too far). */
export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): RequestCost {
  const count = (estimator: ComplexityEstimator) =>
    getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [estimator],
      maxQueryNodes: queryLimits.fanOutNodes,
    });
  return { fanOut: count(fanOutEstimator), wholeListReads: count(wholeListEstimator) };
}

/** The fan-out of one operation with its variables (throws a GraphQLError when fragments expand too far). */
export function fanOut(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return requestCost(schema, document, variables, operationName).fanOut;
}

/** Why a request costs too much, or null when it may run. */
export function overLimit(cost: RequestCost): string | null {
  if (cost.wholeListReads > queryLimits.wholeListReads) {
    return (
      `The query reads ${cost.wholeListReads} whole lists (${WHOLE_LIST_EXAMPLES} each reads one); one request may ` +
      `read at most ${queryLimits.wholeListReads}. Send them as separate requests.`
    );
  }
  if (cost.fanOut > queryLimits.fanOut) {
    return (
      `The query could return about ${cost.fanOut} values, more than the ${queryLimits.fanOut} one request may; ` +
      'ask for smaller pages (first), fewer fields or fewer schools.'
    );
  }
  return null;
}

/** The cost is counted once the operation and its variables are known, before anything is read. */
export const queryLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        let cost: RequestCost;
        try {
          cost = requestCost(schema, document, request.variables ?? {}, operationName ?? undefined);
        } catch (error) {
          if (error instanceof GraphQLError && /nodes/i.test(error.message)) {
            throw tooBig('The query expands to too many fields. Ask for less in one request.');
          }
          // Invalid variables are reported by execution as BAD_USER_INPUT.
          return;
        }
        const refusal = overLimit(cost);
        if (refusal) throw tooBig(refusal);
      },
    };
  },
};
