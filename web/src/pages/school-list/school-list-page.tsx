// One school list for every scope: `/councils/:code/schools`, `/trusts/:uid/schools`, `/schools` (England, by name)
// and `/compare?urns=…` (a chosen set). Every filter and sort in the query string (a link reproduces the view), pages
// by number, the same list as CSV; values it cannot ask for are shown in an error summary linked to their fields.
import type { CombinedError } from '@urql/core';
import { useQuery } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { Breadcrumbs, ENGLAND } from '../../components/govuk/breadcrumbs.js';
import { ErrorSummary } from '../../components/govuk/error-summary.js';
import { usePageTitle } from '../../components/page-title.js';
import { ErrorOf, Loading } from '../../components/query-state.js';
import { graphql } from '../../generated/index.js';
import { FilterForm } from './filter-form.js';
import { FilterTags } from './filter-tags.js';
import { filterOf, type Offered, PAGE_SIZE, type Problem, pageOf, sortOf } from './filters.js';
import { ListNotFound, StaleCursor } from './list-states.js';
import { Results } from './results.js';
import {
  chosenUrns,
  crumbsOf,
  keptQuery,
  type ListScope,
  listPath,
  listTitle,
  MAX_CHOSEN,
  scopeFilter,
} from './scope.js';

const HeadQuery = graphql(`
  query SchoolListHead($code: ID!, $uid: ID!, $isLocalAuthority: Boolean!, $isTrust: Boolean!) {
    localAuthority(code: $code) @include(if: $isLocalAuthority) { code name schoolChoices { phases types } }
    trust(uid: $uid) @include(if: $isTrust) { uid name schoolChoices { phases types } }
  }
`);

const ListQuery = graphql(`
  query SchoolListPage($filter: SchoolFilter, $sort: SchoolSort, $after: String, $offset: Int) {
    schools(first: 25, filter: $filter, sort: $sort, after: $after, offset: $offset) {
      totalCount
      edges { node {
        ...SchoolRow ...SchoolOutcomes census { periodLabel senSupportPercent ehcPlanPercent fsmPercent }
      } }
    }
  }
`);

/** The refusals of a request that name an argument: BAD_USER_INPUT with `extensions.argument`. */
const refusedArguments = (error: CombinedError | undefined) =>
  (error?.graphQLErrors ?? []).flatMap((item) =>
    item.extensions?.code === 'BAD_USER_INPUT' && typeof item.extensions.argument === 'string'
      ? [{ argument: item.extensions.argument, message: item.message }]
      : [],
  );

/** A chosen set's URNs that the list cannot ask for: not six digits, or too many. */
function urnProblems(scope: ListScope): Problem[] {
  if (scope.kind !== 'chosen') return [];
  const wrong = scope.urns.filter((urn) => !/^\d{6}$/.test(urn));
  const problems = wrong.map((urn) => ({ field: 'urns', message: `“${urn}” is not a URN: a URN is six digits` }));
  if (scope.urns.length > MAX_CHOSEN)
    problems.push({
      field: 'urns',
      message: `Compare at most ${MAX_CHOSEN} schools; the address names ${scope.urns.length}`,
    });
  return problems;
}

/** The address of this list with `changes` made (a null value removes the name); paging starts again unless set. */
function addressOf(scope: ListScope, query: Record<string, string>, changes: Record<string, string | null>): string {
  const search = keptQuery(scope);
  for (const [name, value] of Object.entries(query))
    if (!['urns', 'page', 'after'].includes(name) && value !== '') search.set(name, value);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) search.delete(name);
    else search.set(name, value);
  }
  const text = search.toString().replaceAll('%2C', ',');
  return `${listPath(scope)}${text ? `?${text}` : ''}`;
}

/** After a numbered page is chosen, focus (and so the view) moves to the results' heading once they are shown. */
function useFocusAfterPaging(pageNumber: number, shown: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const previous = useRef(pageNumber);
  const pending = useRef(false);
  if (previous.current !== pageNumber) {
    previous.current = pageNumber;
    pending.current = true;
  }
  useEffect(() => {
    if (!pending.current || !shown || !heading.current) return;
    pending.current = false;
    heading.current.focus({ preventScroll: true });
    heading.current.scrollIntoView({ block: 'start' });
  });
  return heading;
}

export function SchoolList({ scope }: { scope: ListScope }) {
  const { query, route } = useLocation();
  const owned = scope.kind === 'localAuthority' || scope.kind === 'trust';
  const [head] = useQuery({
    query: HeadQuery,
    variables: {
      code: scope.kind === 'localAuthority' ? scope.code : '',
      uid: scope.kind === 'trust' ? scope.uid : '',
      isLocalAuthority: scope.kind === 'localAuthority',
      isTrust: scope.kind === 'trust',
    },
    pause: !owned,
  });
  const owner = head.data?.localAuthority ?? head.data?.trust;
  const offered: Offered = {
    allFilters: scope.kind !== 'england',
    phases: owner?.schoolChoices.phases,
    types: owner?.schoolChoices.types,
  };
  const { filter: chosenFilter, problems: addressProblems } = filterOf(query, offered);
  const filter = { ...chosenFilter, ...scopeFilter(scope) };
  const sort = sortOf(query, offered);
  const pageNumber = pageOf(query);
  // A page link from before (an `after` cursor the API no longer takes) restarts at the first page, saying so.
  const [refusedAfter, setRefusedAfter] = useState<string | null>(null);
  const after = query.after && query.after !== refusedAfter ? query.after : null;
  const problems = [...addressProblems, ...urnProblems(scope)];
  const [list] = useQuery({
    query: ListQuery,
    variables: { filter, sort, after, offset: after ? 0 : (pageNumber - 1) * PAGE_SIZE },
    // After the head: both read the list's scope whole, and the local server runs one such anonymous read at a time.
    pause: problems.length > 0 || (scope.kind === 'chosen' && scope.urns.length === 0) || (owned && head.fetching),
  });
  const refused = refusedArguments(list.error);
  const cursorRefused = Boolean(after) && refused.some((item) => item.argument === 'after');
  useEffect(() => {
    if (cursorRefused && query.after) setRefusedAfter(query.after);
  }, [cursorRefused, query.after]);
  const filterRefusals = refused
    .filter((item) => item.argument.startsWith('filter.'))
    .map((item) => ({ field: item.argument.slice('filter.'.length).replace(/\[.*$/, ''), message: item.message }));
  const allProblems = [...problems, ...filterRefusals];
  const page = list.data?.schools;
  // While the next page comes, the last one still shows: its numbers are the ones it was asked for.
  const offset = list.operation?.variables.offset ?? 0;
  const shownPage = list.operation?.variables.after ? 1 : Math.floor(offset / PAGE_SIZE) + 1;
  const heading = useFocusAfterPaging(pageNumber, Boolean(page) && !list.fetching);

  const missing = owned && (head.data ? !owner : refusedArguments(head.error).length > 0);
  if (missing) return <ListNotFound scope={scope} />;

  const submit = (event: Event) => {
    event.preventDefault();
    const search = new URLSearchParams();
    // The default order is left out, so an address names only what was chosen.
    for (const [name, value] of new FormData(event.currentTarget as HTMLFormElement))
      if (typeof value === 'string' && value !== '' && !(name === 'sort' && value === 'NAME')) search.set(name, value);
    const text = search.toString().replaceAll('%2C', ',');
    route(`${listPath(scope)}${text ? `?${text}` : ''}`);
  };
  const title = listTitle(scope, owner?.name);
  const censusPeriod = page?.edges.find((edge) => edge.node.census)?.node.census?.periodLabel ?? 'school census';
  const otherError = list.error && refused.length === 0 ? list.error : head.error;
  usePageTitle(...(scope.kind === 'localAuthority' || scope.kind === 'trust' ? [owner?.name, 'schools'] : [title]));
  return (
    <>
      <Breadcrumbs crumbs={[ENGLAND, ...crumbsOf(scope, owner?.name)]} />
      <h1 class="govuk-heading-xl">{title}</h1>
      {scope.kind === 'england' ? (
        <p class="govuk-body">Find schools by name, or sort and filter England's schools by their census figures.</p>
      ) : null}
      {scope.kind === 'chosen' && scope.urns.length === 0 ? (
        <p class="govuk-body" data-testid="nothing-chosen">
          No schools are chosen. Tick schools in a council's or a trust's list, then choose “Compare the ticked
          schools”.
        </p>
      ) : null}
      {allProblems.length > 0 ? (
        <ErrorSummary title="There is a problem with the filters">
          <ul class="govuk-list govuk-error-summary__list">
            {allProblems.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>
                {problem.field === 'urns' ? (
                  problem.message
                ) : (
                  <a href={`#filter-${problem.field}`}>{problem.message}</a>
                )}
              </li>
            ))}
          </ul>
        </ErrorSummary>
      ) : null}
      {query.after && query.after === refusedAfter ? <StaleCursor /> : null}
      <FilterForm
        action={listPath(scope)}
        clearHref={addressOf(scope, {}, {})}
        query={query}
        sort={sort}
        offered={offered}
        problems={allProblems}
        censusPeriod={censusPeriod}
        hidden={scope.kind === 'chosen' ? { urns: scope.urns.join(',') } : {}}
        onSubmit={submit}
      />
      <FilterTags query={query} hrefWithout={(name) => addressOf(scope, query, { [name]: null })} />
      {list.fetching && !list.data ? <Loading /> : null}
      {cursorRefused ? null : <ErrorOf error={otherError} />}
      {page && allProblems.length === 0 ? (
        <Results
          scope={scope}
          caption={title}
          page={page}
          pageNumber={shownPage}
          filter={filter}
          sort={sort}
          hrefOfPage={(number) => addressOf(scope, query, { page: number > 1 ? String(number) : null })}
          hrefOfSort={(by) => addressOf(scope, query, { sort: by === 'NAME' ? null : by, page: null })}
          headingRef={heading}
        />
      ) : null}
    </>
  );
}

/** `/councils/:code/schools` */
export function SchoolListPage() {
  const { params } = useRoute();
  return <SchoolList scope={{ kind: 'localAuthority', code: params.code ?? '' }} />;
}

/** `/trusts/:uid/schools` */
export function TrustSchoolListPage() {
  const { params } = useRoute();
  return <SchoolList scope={{ kind: 'trust', uid: params.uid ?? '' }} />;
}

/** `/schools`: England's schools, by name. */
export const EnglandSchoolListPage = () => <SchoolList scope={{ kind: 'england' }} />;

/** `/compare?urns=…`: a chosen set of schools. */
export function ChosenSchoolListPage() {
  const { url } = useLocation();
  return <SchoolList scope={{ kind: 'chosen', urns: chosenUrns(url.split('?')[1] ?? '') }} />;
}
