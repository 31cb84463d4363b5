// Every school list (a council's, a trust's, England's): pages that cost a page. In name order with nothing else
// asked, a page is one index query after the previous page's key, its total from the kept tally. Other orders and
// filters read the council's or trust's compact listings (a few items) and then only the page's schools; England is
// listed by name, or searched by name through the name lists search keeps, and refuses other filters clearly.

import type { GraphQLResolveInfo } from 'graphql';
import { cursorCodec } from '../core/cursor.js';
import { badInput } from '../core/errors.js';
import { parseLaCode, parseTrustUid, parseUrn } from '../core/identifiers.js';
import type { Connection, PageArgs } from '../core/pagination.js';
import { paginate, validateOffset, validatePageSize, withRecords } from '../core/pagination.js';
import type { SchoolRecord } from '../core/records.js';
import {
  censusMatches,
  checkPercentCriteria,
  fold,
  narrowsList,
  PERCENT_CRITERIA,
  type SchoolFilterInput,
  schoolFilter,
} from '../core/school-filter.js';
import { listingOf } from '../core/school-listing.js';
import {
  censusOrderKey,
  isCensusSort,
  recordOrderKey,
  type SchoolSort,
  schoolOrderKey,
  sortSchools,
} from '../core/school-order.js';
import type { RollupScope } from '../store/index.js';
import type { GraphQLContext } from './context.js';
import { selectsPath } from './selection.js';

/** A list under a council or a trust: the filter's own ids are still checked, though the list's own win. */
export function withinList(
  filter: SchoolFilterInput | null | undefined,
  list: { localAuthority: string } | { trust: string },
): SchoolFilterInput {
  if (filter?.localAuthority) parseLaCode(filter.localAuthority, 'filter.localAuthority');
  if (filter?.trust) parseTrustUid(filter.trust, 'filter.trust');
  return { ...filter, ...list };
}

export const MAX_CHOSEN = 100;

/** A chosen set's URNs: 1 to MAX_CHOSEN six-digit URNs (a repeat counts once), or null when none is asked. */
function checkedUrns(urns: readonly string[] | null | undefined): string[] | null {
  if (urns === null || urns === undefined) return null;
  if (urns.length === 0 || urns.length > MAX_CHOSEN)
    throw badInput(`filter.urns holds 1 to ${MAX_CHOSEN} URNs; got ${urns.length}.`, { argument: 'filter.urns' });
  return [...new Set(urns.map((urn, index) => parseUrn(urn, `filter.urns[${index}]`)))];
}

function checkedCriteria(filter: SchoolFilterInput | null | undefined): SchoolFilterInput {
  checkPercentCriteria(filter);
  return {
    ...filter,
    urns: checkedUrns(filter?.urns),
    localAuthority: filter?.localAuthority ? parseLaCode(filter.localAuthority, 'filter.localAuthority') : null,
    trust: filter?.trust ? parseTrustUid(filter.trust, 'filter.trust') : null,
  };
}

/** Every open school matching `filter`, whole, in `sort` order (a CSV of a council's list). */
export async function filteredSchools(
  context: GraphQLContext,
  filter: SchoolFilterInput | null | undefined,
  sort: SchoolSort | null | undefined,
): Promise<SchoolRecord[]> {
  const criteria = checkedCriteria(filter);
  const candidates = criteria.localAuthority
    ? await context.store.schools.ofAuthority(criteria.localAuthority)
    : criteria.trust
      ? await context.store.schools.ofTrust(criteria.trust)
      : await chosenOrNamed(context, criteria);
  const matches = schoolFilter(criteria, context.today);
  return sortSchools(
    candidates.filter((school) => matches(listingOf(school))),
    recordOrderKey(sort ?? 'NAME', context.today),
  );
}

/** A chosen set's open schools, or England's schools whose name contains the filter's text (from the name list). */
async function chosenOrNamed(context: GraphQLContext, criteria: SchoolFilterInput): Promise<SchoolRecord[]> {
  if (criteria.urns) return openOf(await context.store.schools.existing(criteria.urns));
  if (!criteria.nameContains?.trim())
    throw badInput('A list of all England is too long for one file: give a council, a trust, URNs or a name.', {
      argument: 'filter',
    });
  const { schools } = await context.store.nameLists();
  const found = schools.containing(criteria.nameContains.trim(), fold);
  return openOf(await context.store.schools.existing(found.map((school) => school.urn)));
}

const openOf = (schools: readonly SchoolRecord[]) => schools.filter((school) => !school.closedOn);

/** Index cursors carry the index's sort key: the name order's key, so they are the in-memory order's cursors too. */
const indexCursors = cursorCodec('k');

async function namePage(
  context: GraphQLContext,
  scope: RollupScope,
  size: number,
  after: string | null | undefined,
  withTotal: boolean,
): Promise<Connection<SchoolRecord>> {
  const afterKey = after ? indexCursors.decode(after) : null;
  const tallyOf = () => (scope === 'england' ? context.store.tallies.england() : context.store.tallies.of(scope));
  const [page, tally] = await Promise.all([
    context.store.schools.namePage(scope, size, afterKey),
    // Not asked for, the total is never sent, so it is not read.
    withTotal ? tallyOf() : { schools: Number.NaN },
  ]);
  const edges = page.schools.map(({ school, sortKey }) => ({ cursor: indexCursors.encode(sortKey), node: school }));
  return {
    totalCount: tally.schools ?? 0,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: afterKey !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page of listed schools (listings or directory entries, already in order), with only its schools read. */
export async function pageOfListed<T extends { urn: string; trustUid?: string }>(
  context: GraphQLContext,
  listed: readonly T[],
  orderKey: (entry: T) => string,
  page: PageArgs,
  withTrusts = false,
): Promise<Connection<SchoolRecord>> {
  const connection = paginate(listed, orderKey, page);
  const urns = connection.edges.map((edge) => edge.node.urn);
  // A page that shows its trusts reads them in the same BatchGetItem as its schools when they fit (100 keys).
  const trusts = withTrusts ? [...new Set(connection.edges.flatMap((edge) => edge.node.trustUid ?? []))] : [];
  const [found] = await Promise.all([
    context.store.schools.existing(urns),
    trusts.length > 0 && urns.length + trusts.length <= 100 ? context.store.trusts.existing(trusts) : null,
  ]);
  return withRecords(
    connection,
    (entry) => entry.urn,
    found,
    (school) => school.urn,
  );
}

/**
 * England's open schools whose name contains `text`, by name, from the kept name list: folded as a school list folds
 * names (`name`), or as search folds them, a URN finding its own school too (`name-or-urn`).
 */
export async function schoolsNamed(
  context: GraphQLContext,
  text: string,
  match: 'name' | 'name-or-urn',
  page: PageArgs,
): Promise<Connection<SchoolRecord>> {
  const { schools } = await context.store.nameLists();
  const found = match === 'name' ? schools.containing(text.trim(), fold) : schools.find(text);
  return pageOfListed(context, found, schools.orderKey, page);
}

const withoutCensus = (criteria: SchoolFilterInput): SchoolFilterInput => ({
  ...criteria,
  ...Object.fromEntries(PERCENT_CRITERIA.map((field) => [field, null])),
});

/**
 * All of England: by name, searched by name, or sorted and filtered by its school census from England's census
 * directory (one query of its items, then the page's schools); any other filter or sort needs a council or a trust.
 */
async function englandPage(
  context: GraphQLContext,
  criteria: SchoolFilterInput,
  sort: SchoolSort,
  page: PageArgs,
  info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Promise<Connection<SchoolRecord>> {
  const { nameContains } = criteria;
  const order = sort === 'NAME' ? 'NAME' : isCensusSort(sort) ? sort : null;
  if (order === null || narrowsList({ ...withoutCensus(criteria), nameContains: null })) {
    throw badInput(
      'All of England is listed by name, searched with filter.nameContains, or sorted and filtered by its school ' +
        'census (SEN_SUPPORT_PERCENT, EHC_PLAN_PERCENT, FSM_PERCENT; filter.minSenSupportPercent, ' +
        'minEhcPlanPercent, minFsmPercent); other filters and sorts need a council or a trust: give ' +
        'filter.localAuthority or filter.trust.',
      { argument: 'filter' },
    );
  }
  if (order === 'NAME' && !narrowsList({ ...criteria, nameContains: null }))
    return schoolsNamed(context, nameContains ?? '', 'name', page);
  const name = nameContains ? fold(nameContains.trim()) : null;
  const orderKey = censusOrderKey(order);
  const listed = (await context.store.schools.censusDirectory()).filter(
    (school) => (name === null || fold(school.name).includes(name)) && censusMatches(school, criteria),
  );
  const withTrusts = info ? selectsPath(info, ['edges', 'node', 'trust']) : false;
  return pageOfListed(context, sortSchools(listed, orderKey), orderKey, page, withTrusts);
}

export async function schoolConnection(
  context: GraphQLContext,
  filter: SchoolFilterInput | null | undefined,
  page: PageArgs & { sort?: SchoolSort | null },
  info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Promise<Connection<SchoolRecord>> {
  const size = validatePageSize(page.first);
  const criteria = checkedCriteria(filter);
  const sort = page.sort ?? 'NAME';
  const scope: RollupScope = criteria.localAuthority
    ? { localAuthority: criteria.localAuthority }
    : criteria.trust
      ? { trust: criteria.trust }
      : 'england';
  const narrowed = narrowsList(criteria) || Boolean(criteria.localAuthority && criteria.trust);
  const selected = (path: string[]) => (info ? selectsPath(info, path) : true);
  const offset = validateOffset(page.offset, page.after);
  // A numbered page past the first is found in the listings (a few items), not by reading every name before it.
  if (sort === 'NAME' && !narrowed && offset === 0)
    return namePage(context, scope, size, page.after, selected(['totalCount']));
  const pageArgs = { first: size, after: page.after, offset };
  if (scope === 'england' && !criteria.urns) return englandPage(context, criteria, sort, pageArgs, info);
  const orderKey = schoolOrderKey(sort, context.today);
  const candidates =
    scope === 'england'
      ? await chosenListings(context, criteria.urns ?? [])
      : await context.store.schools.listings(scope);
  const listings = candidates.filter(schoolFilter(criteria, context.today));
  const withTrusts = info ? selectsPath(info, ['edges', 'node', 'trust']) : false;
  return pageOfListed(context, sortSchools(listings, orderKey), orderKey, pageArgs, withTrusts);
}

/** A chosen set's open schools as listings (one BatchGetItem; the page's schools then come from the same loader). */
async function chosenListings(context: GraphQLContext, urns: readonly string[]) {
  return openOf(await context.store.schools.existing(urns)).map(listingOf);
}
