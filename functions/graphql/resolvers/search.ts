// schema/search.graphql: councils, trusts, agencies and schools found by name, so nobody needs to know a code.
import { badInput } from '../../core/errors.js';
import { nameMatcher, nameOrderKey } from '../../core/name-search.js';
import { type Connection, type PageArgs, paginate, withRecords } from '../../core/pagination.js';
import type { PartnerAgencyRecord, TrustRecord } from '../../core/records.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { schoolsNamed } from '../school-lists.js';

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

/** Trusts from the kept name list, then only the page's trusts read whole. */
async function trusts(
  context: GraphQLContext,
  search: string | null | undefined,
  status: TrustRecord['status'] | null | undefined,
  page: PageArgs,
): Promise<Connection<TrustRecord>> {
  const { trusts: list } = await context.store.nameLists();
  const found = list.find(search).filter((trust) => !status || trust.status === status);
  const connection = paginate(found, list.orderKey, page);
  const records = await context.store.trusts.existing(connection.edges.map((edge) => edge.node.uid));
  return withRecords(
    connection,
    (trust) => trust.uid,
    records,
    (trust) => trust.uid,
  );
}

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
  // Each kind pages on its own through the name lists already held: a later page costs what the first one does.
  SearchResults: {
    localAuthorities: ({ text, first }, page, context) =>
      localAuthoritiesNamed(context, text, withDefault(page, first)),
    trusts: ({ text, first }, page, context) => trusts(context, text, null, withDefault(page, first)),
    schools: ({ text, first }, page, context) => schoolsNamed(context, text, 'name-or-urn', withDefault(page, first)),
  },
};
