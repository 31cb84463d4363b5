// schema/search.graphql: councils, trusts, agencies and schools found by name, so nobody needs to know a code.
import { badInput } from '../../core/errors.js';
import { nameMatcher, nameOrderKey } from '../../core/name-search.js';
import { type Connection, type PageArgs, paginate, withRecords } from '../../core/pagination.js';
import type { RankedHit, SearchMatch } from '../../core/ranked-search.js';
import type { PartnerAgencyRecord, TrustRecord } from '../../core/records.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const MAX_SEARCH_PAGE = 20;

/** A page of a search's results: the search's own size by default, and only cursors of this search's lists. */
const withDefault = (page: PageArgs, first: number): PageArgs => ({
  first: page.first ?? first,
  after: page.after,
  listedOnly: true,
});

const agencyKey = (agency: PartnerAgencyRecord) => nameOrderKey(agency.name, agency.id);

function byName<T>(records: readonly T[], key: (record: T) => string): T[] {
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Councils from the kept name list (whole records: a council is a code, a name and an ONS code). */
async function localAuthoritiesNamed(context: GraphQLContext, search: string | null | undefined, page: PageArgs) {
  const { localAuthorities: list } = await context.store.nameLists();
  return paginate(list.find(search), list.orderKey, page);
}

/** The page's trusts read whole, each edge with its open schools as the kept lists count them. */
async function trustPage(context: GraphQLContext, connection: Connection<{ uid: string }>, matches?: Matches) {
  const lists = await context.store.nameLists();
  const records = new Map(
    (await context.store.trusts.existing(connection.edges.map((edge) => edge.node.uid))).map((trust) => [
      trust.uid,
      trust,
    ]),
  );
  return {
    ...connection,
    edges: connection.edges.flatMap((edge) => {
      const node = records.get(edge.node.uid);
      if (!node) return [];
      const openSchoolCount = lists.openSchoolsOfTrust(node.uid);
      return [{ cursor: edge.cursor, node, openSchoolCount, match: matches?.get(edge.cursor) ?? null }];
    }),
  };
}

/** Trusts from the kept name list, then only the page's trusts read whole. */
async function trusts(
  context: GraphQLContext,
  search: string | null | undefined,
  status: TrustRecord['status'] | null | undefined,
  page: PageArgs,
) {
  const { trusts: list } = await context.store.nameLists();
  const found = list.find(search).filter((trust) => !status || trust.status === status);
  return trustPage(context, paginate(found, list.orderKey, page));
}

/** Each edge's match, by its cursor. */
type Matches = Map<string, SearchMatch>;

/** A page of ranked hits, best first: the records and what each matched. */
function rankedPage<T>(hits: readonly RankedHit<T>[], page: PageArgs) {
  const connection = paginate(hits, (hit) => hit.key, page);
  const matches: Matches = new Map(connection.edges.map((edge) => [edge.cursor, edge.node.match]));
  return {
    connection: { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: edge.node.record })) },
    matches,
  };
}

const withMatches = <T>(connection: Connection<T>, matches: Matches) => ({
  ...connection,
  edges: connection.edges.map((edge) => ({ ...edge, match: matches.get(edge.cursor) ?? null })),
});

const searchOf = (context: GraphQLContext) => context.store.nameLists().then((lists) => lists.ranked);

export const searchResolvers: Resolvers<GraphQLContext> = {
  Query: {
    localAuthorities: (_root, args, context) => localAuthoritiesNamed(context, args.search, args),
    trusts: (_root, args, context) => trusts(context, args.search, args.status, args),
    partnerAgencies: async (_root, args, context) => {
      const matches = nameMatcher<PartnerAgencyRecord>(
        args.search,
        (agency) => agency.name,
        (agency) => [agency.id],
      );
      return paginate(byName((await context.store.agencies.all()).filter(matches), agencyKey), agencyKey, args);
    },
    search: (_root, { text, first }) => {
      if (text.trim().length < 2) throw badInput('Give at least two characters to search for.', { argument: 'text' });
      if (first != null && (first < 0 || first > MAX_SEARCH_PAGE)) {
        throw badInput(`first must be a whole number from 0 to ${MAX_SEARCH_PAGE}; got ${first}.`, {
          argument: 'first',
        });
      }
      return { text, first: first ?? 5 };
    },
  },
  // Each kind pages on its own through the lists already held: a later page costs what the first one does.
  SearchResults: {
    localAuthorities: async ({ text, first }, page, context) => {
      const { connection, matches } = rankedPage(
        (await searchOf(context)).localAuthorities.search(text),
        withDefault(page, first),
      );
      return withMatches(connection, matches);
    },
    trusts: async ({ text, first }, page, context) => {
      const { connection, matches } = rankedPage(
        (await searchOf(context)).trusts.search(text),
        withDefault(page, first),
      );
      return trustPage(context, connection, matches);
    },
    schools: async ({ text, first }, page, context) => {
      const { connection, matches } = rankedPage(
        (await searchOf(context)).schools.search(text),
        withDefault(page, first),
      );
      const found = await context.store.schools.existing(connection.edges.map((edge) => edge.node.urn));
      return withMatches(
        withRecords(
          connection,
          (school) => school.urn,
          found,
          (school) => school.urn,
        ),
        matches,
      );
    },
  },
  Trust: {
    formerNames: (trust) => trust.formerNames ?? [],
  },
};
