// Shared by every school list: filter, order by name, page. Reads happen before, in one index query.
import type { Connection, PageArgs } from '../../core/pagination.js';
import { paginate, validatePageSize } from '../../core/pagination.js';
import type { SchoolRecord } from '../../core/records.js';
import { schoolMatches, schoolNameOrderKey, sortByName, type SchoolFilterInput } from '../../core/school-filter.js';
import { parseLaCode, parseTrustUid } from '../../core/identifiers.js';
import type { GraphQLContext } from '../context.js';

export async function schoolConnection(
  context: GraphQLContext,
  filter: SchoolFilterInput | null | undefined,
  page: PageArgs,
): Promise<Connection<SchoolRecord>> {
  validatePageSize(page.first);
  const criteria: SchoolFilterInput = {
    ...filter,
    localAuthority: filter?.localAuthority ? parseLaCode(filter.localAuthority, 'filter.localAuthority') : null,
    trust: filter?.trust ? parseTrustUid(filter.trust, 'filter.trust') : null,
  };
  const schools = criteria.localAuthority
    ? await context.store.schoolsOfAuthority(criteria.localAuthority)
    : criteria.trust
      ? await context.store.schoolsOfTrust(criteria.trust)
      : await context.store.allOpenSchools();
  const matching = sortByName(schools.filter((school) => schoolMatches(school, criteria)));
  return paginate(matching, schoolNameOrderKey, page);
}
