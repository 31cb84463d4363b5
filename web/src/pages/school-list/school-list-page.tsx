// `/councils/:code/schools?…`: every filter and sort of the API, the state in the query string (a link reproduces
// the view), paged by the API's cursors, and the same list as CSV.
import { useQuery } from '@urql/preact';
import { useLocation, useRoute } from 'preact-iso';
import { Breadcrumbs, ENGLAND } from '../../components/govuk/breadcrumbs.js';
import { usePageTitle } from '../../components/page-title.js';
import { ErrorOf, Loading } from '../../components/query-state.js';
import { graphql } from '../../generated/index.js';
import { FilterForm } from './filter-form.js';
import { filterOf, sortOf } from './filters.js';
import { Results } from './results.js';

const ListQuery = graphql(`
  query SchoolList($code: ID!, $filter: SchoolFilter, $sort: SchoolSort, $after: String) {
    localAuthority(code: $code) {
      code name
      schools(first: 25, filter: $filter, sort: $sort, after: $after) {
        totalCount
        edges { node {
          ...SchoolRow ...SchoolOutcomes census { periodLabel senSupportPercent ehcPlanPercent fsmPercent }
        } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export function SchoolListPage() {
  const { params } = useRoute();
  const { query, route, url } = useLocation();
  const code = params.code ?? '';
  const path = url.split('?')[0] ?? url;
  const filter = filterOf(query);
  const sort = sortOf(query);
  const [{ data, fetching, error }] = useQuery({
    query: ListQuery,
    variables: { code, filter, sort, after: query.after ?? null },
  });

  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const search = new URLSearchParams();
    for (const [name, value] of form) if (typeof value === 'string' && value !== '') search.set(name, value);
    route(`/councils/${code}/schools${search.size > 0 ? `?${search}` : ''}`);
  };

  const localAuthority = data?.localAuthority;
  usePageTitle(localAuthority?.name, 'schools');
  const censusPeriod =
    localAuthority?.schools.edges.find((edge) => edge.node.census)?.node.census?.periodLabel ?? 'school census';
  return (
    <>
      <Breadcrumbs crumbs={[ENGLAND, { href: `/councils/${code}`, text: localAuthority?.name ?? `Council ${code}` }]} />
      <h1 class="govuk-heading-xl">{localAuthority ? `${localAuthority.name} schools` : 'Schools'}</h1>
      <FilterForm code={code} action={path} query={query} sort={sort} censusPeriod={censusPeriod} onSubmit={submit} />
      {fetching && !data ? <Loading /> : null}
      <ErrorOf error={error} />
      <Results code={code} localAuthority={localAuthority} filter={filter} sort={sort} query={query} path={path} />
    </>
  );
}
