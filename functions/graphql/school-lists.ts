// Shared by every school list: one index query, then filter, order and page in memory from the items' summaries.
import type { Connection, PageArgs } from '../core/pagination.js';
import { paginate, validatePageSize } from '../core/pagination.js';
import type { SchoolRecord } from '../core/records.js';
import { schoolFilter, type SchoolFilterInput } from '../core/school-filter.js';
import { schoolOrderKey, sortSchools, type SchoolSort } from '../core/school-order.js';
import { parseLaCode, parseTrustUid } from '../core/identifiers.js';
import type { GraphQLContext } from './context.js';

/** A list under a council or a trust: the filter's own ids are still checked, though the list's own win. */
export function withinList(
  filter: SchoolFilterInput | null | undefined,
  list: { localAuthority: string } | { trust: string },
): SchoolFilterInput {
  if (filter?.localAuthority) parseLaCode(filter.localAuthority, 'filter.localAuthority');
  if (filter?.trust) parseTrustUid(filter.trust, 'filter.trust');
  return { ...filter, ...list };
}

/** The open schools matching `filter`, in `sort` order, with the key that order uses. */
export async function filteredSchools(
  context: GraphQLContext,
  filter: SchoolFilterInput | null | undefined,
  sort: SchoolSort | null | undefined,
): Promise<{ schools: SchoolRecord[]; orderKey: (school: SchoolRecord) => string }> {
  const criteria: SchoolFilterInput = {
    ...filter,
    localAuthority: filter?.localAuthority ? parseLaCode(filter.localAuthority, 'filter.localAuthority') : null,
    trust: filter?.trust ? parseTrustUid(filter.trust, 'filter.trust') : null,
  };
  const candidates = criteria.localAuthority
    ? await context.store.schools.ofAuthority(criteria.localAuthority)
    : criteria.trust
      ? await context.store.schools.ofTrust(criteria.trust)
      : await context.store.schools.all();
  const orderKey = schoolOrderKey(sort ?? 'NAME', context.today);
  const schools = sortSchools(candidates.filter(schoolFilter(criteria, context.today)), orderKey);
  return { schools, orderKey };
}

export async function schoolConnection(
  context: GraphQLContext,
  filter: SchoolFilterInput | null | undefined,
  page: PageArgs & { sort?: SchoolSort | null },
): Promise<Connection<SchoolRecord>> {
  validatePageSize(page.first);
  const { schools, orderKey } = await filteredSchools(context, filter, page.sort);
  return paginate(schools, orderKey, page);
}
