// schema/search.graphql: councils, trusts, agencies and schools found by name, so nobody needs to know a code.
import { badInput } from '../../core/errors.js';
import { nameMatcher, nameOrderKey } from '../../core/name-search.js';
import { paginate, type PageArgs } from '../../core/pagination.js';
import type { LocalAuthorityRecord, PartnerAgencyRecord, TrustRecord } from '../../core/records.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { schoolsNamed } from '../school-lists.js';

const MAX_SEARCH_PAGE = 20;

const councilKey = (council: LocalAuthorityRecord) => nameOrderKey(council.name, council.code);
const trustKey = (trust: TrustRecord) => nameOrderKey(trust.name, trust.uid);
const agencyKey = (agency: PartnerAgencyRecord) => nameOrderKey(agency.name, agency.id);

function byName<T>(records: readonly T[], key: (record: T) => string): T[] {
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function councils(context: GraphQLContext, search: string | null | undefined, page: PageArgs) {
  const matches = nameMatcher<LocalAuthorityRecord>(
    search,
    (council) => council.name,
    (council) => [council.code],
  );
  return paginate(byName((await context.store.councils.all()).filter(matches), councilKey), councilKey, page);
}

async function trusts(
  context: GraphQLContext,
  search: string | null | undefined,
  status: TrustRecord['status'] | null | undefined,
  page: PageArgs,
) {
  const matches = nameMatcher<TrustRecord>(
    search,
    (trust) => trust.name,
    (trust) => [trust.uid, trust.groupId],
  );
  const found = (await context.store.trusts.all()).filter(
    (trust) => matches(trust) && (!status || trust.status === status),
  );
  return paginate(byName(found, trustKey), trustKey, page);
}

/** Schools from England's name directory (a few small items), then only the page's schools. */
function schools(context: GraphQLContext, search: string, page: PageArgs) {
  const matches = nameMatcher<{ urn: string; name: string }>(
    search,
    (school) => school.name,
    (school) => [school.urn],
  );
  return schoolsNamed(context, matches, page);
}

export const searchResolvers: Resolvers<GraphQLContext> = {
  Query: {
    localAuthorities: (_root, args, context) => councils(context, args.search, args),
    trusts: (_root, args, context) => trusts(context, args.search, args.status, args),
    partnerAgencies: async (_root, args, context) => {
      const matches = nameMatcher<PartnerAgencyRecord>(
        args.search,
        (agency) => agency.name,
        (agency) => [agency.id],
      );
      return paginate(byName((await context.store.agencies.all()).filter(matches), agencyKey), agencyKey, args);
    },
    search: async (_root, { text, first }, context) => {
      if (text.trim().length < 2) throw badInput('Give at least two characters to search for.', { argument: 'text' });
      if (first != null && (first < 0 || first > MAX_SEARCH_PAGE)) {
        throw badInput(`first must be a whole number from 0 to ${MAX_SEARCH_PAGE}; got ${first}.`, {
          argument: 'first',
        });
      }
      const page = { first: first ?? 5 };
      const [localAuthorities, trustPage, schoolPage] = await Promise.all([
        councils(context, text, page),
        trusts(context, text, null, page),
        schools(context, text, page),
      ]);
      return { localAuthorities, trusts: trustPage, schools: schoolPage };
    },
  },
};
