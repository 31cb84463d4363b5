// `/councils/:code/schools?…`: every filter and sort of the API, the state in the query string (a link reproduces
// the view), paged by the API's cursors, and the same list as CSV.
import { useClient, useQuery } from '@urql/preact';
import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ErrorOf, Loading, Problem } from '../components/query-state.js';
import { SchoolsTable } from '../components/schools-table.js';
import { formatCount, label } from '../format.js';
import { graphql } from '../generated/index.js';
import type { SchoolFilter, SchoolSort } from '../generated/graphql.js';

const ListQuery = graphql(`
  query SchoolList($code: ID!, $filter: SchoolFilter, $sort: SchoolSort, $after: String) {
    localAuthority(code: $code) {
      code name
      schools(first: 25, filter: $filter, sort: $sort, after: $after) {
        totalCount
        edges { node { ...SchoolRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const CsvQuery = graphql(`
  query SchoolListCsv($code: ID!, $filter: SchoolFilter, $sort: SchoolSort) {
    localAuthority(code: $code) { schoolsCsv(filter: $filter, sort: $sort) }
  }
`);

const SORTS: [SchoolSort, string][] = [
  ['NAME', 'Name, A to Z'],
  ['DUE_DATE', 'Next due, soonest first'],
  ['LATEST_INSPECTION', 'Latest inspection, newest first'],
];
const CHOICES = {
  awardStatus: ['CURRENT', 'DUE_SOON', 'DUE', 'OVERDUE', 'LAPSED'],
  awardLevel: ['INCLUSIVE_SCHOOL_AWARD', 'CENTRE_OF_EXCELLENCE', 'FLAGSHIP_SCHOOL'],
  inclusionGrade: ['EXCEPTIONAL', 'STRONG_STANDARD', 'EXPECTED_STANDARD', 'NEEDS_ATTENTION', 'URGENT_IMPROVEMENT'],
  legacyGrade: ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'],
} as const;

/** The filter the query string asks for; unknown values are left out rather than sent. */
function filterOf(query: Record<string, string>): SchoolFilter {
  const filter: Record<string, unknown> = {};
  if (query.q) filter.nameContains = query.q;
  if (query.type) filter.type = query.type;
  if (query.phase) filter.phase = query.phase;
  if (query.dueBefore && /^\d{4}-\d{2}-\d{2}$/.test(query.dueBefore)) filter.dueBefore = query.dueBefore;
  for (const [name, values] of Object.entries(CHOICES)) {
    const value = query[name];
    if (value && (values as readonly string[]).includes(value)) filter[name] = value;
  }
  if (query.safeguardingConcern === 'true') filter.safeguardingConcern = true;
  if (query.withoutPartnerAgency === 'true') filter.withoutPartnerAgency = true;
  return filter as SchoolFilter;
}

const sortOf = (query: Record<string, string>): SchoolSort =>
  SORTS.some(([sort]) => sort === query.sort) ? (query.sort as SchoolSort) : 'NAME';

function Select({
  name,
  text,
  values,
  value,
}: {
  name: string;
  text: string;
  values: readonly string[];
  value?: string;
}) {
  return (
    <div class="govuk-form-group">
      <label class="govuk-label" for={`filter-${name}`}>
        {text}
      </label>
      <select class="govuk-select" id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">Any</option>
        {values.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SchoolListPage() {
  const { params } = useRoute();
  const { query, route, url } = useLocation();
  const code = params.code ?? '';
  const filter = filterOf(query);
  const sort = sortOf(query);
  const client = useClient();
  const [csvProblem, setCsvProblem] = useState<string | null>(null);
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

  const download = async () => {
    setCsvProblem(null);
    const result = await client.query(CsvQuery, { code, filter, sort }, { requestPolicy: 'network-only' }).toPromise();
    const csv = result.data?.localAuthority?.schoolsCsv;
    if (!csv) {
      setCsvProblem(result.error?.graphQLErrors[0]?.message ?? 'The CSV could not be made. Try again.');
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `beacon-council-${code}-schools.csv`;
    document.body.append(link);
    link.click();
    link.remove();
  };

  const council = data?.localAuthority;
  const page = council?.schools;
  const next = new URLSearchParams(query);
  if (page?.pageInfo.endCursor) next.set('after', page.pageInfo.endCursor);
  const first = new URLSearchParams(query);
  first.delete('after');
  return (
    <>
      <nav class="govuk-breadcrumbs beacon-no-print" aria-label="Breadcrumb">
        <ol class="govuk-breadcrumbs__list">
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href="/">
              England
            </a>
          </li>
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href={`/councils/${code}`}>
              {council?.name ?? `Council ${code}`}
            </a>
          </li>
        </ol>
      </nav>
      <h1 class="govuk-heading-xl">{council ? `${council.name} schools` : 'Schools'}</h1>
      <form class="beacon-filters beacon-no-print" method="get" action={url.split('?')[0]} onSubmit={submit}>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-third">
            <div class="govuk-form-group">
              <label class="govuk-label" for="filter-q">
                School name contains
              </label>
              <input class="govuk-input" id="filter-q" name="q" type="search" defaultValue={query.q ?? ''} />
            </div>
            <div class="govuk-form-group">
              <label class="govuk-label" for="filter-sort">
                Sort by
              </label>
              <select class="govuk-select" id="filter-sort" name="sort" defaultValue={sort}>
                {SORTS.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="govuk-grid-column-one-third">
            <Select name="awardStatus" text="Award status" values={CHOICES.awardStatus} value={query.awardStatus} />
            <Select name="awardLevel" text="Award level" values={CHOICES.awardLevel} value={query.awardLevel} />
            <div class="govuk-form-group">
              <label class="govuk-label" for="filter-dueBefore">
                Due on or before
              </label>
              <input
                class="govuk-input govuk-input--width-10"
                id="filter-dueBefore"
                name="dueBefore"
                type="date"
                defaultValue={query.dueBefore ?? ''}
              />
            </div>
          </div>
          <div class="govuk-grid-column-one-third">
            <Select
              name="inclusionGrade"
              text="Report card Inclusion grade"
              values={CHOICES.inclusionGrade}
              value={query.inclusionGrade}
            />
            <Select
              name="legacyGrade"
              text="Overall effectiveness (before report cards)"
              values={CHOICES.legacyGrade}
              value={query.legacyGrade}
            />
            <div class="govuk-form-group">
              <label class="govuk-label" for="filter-phase">
                Phase
              </label>
              <input class="govuk-input" id="filter-phase" name="phase" defaultValue={query.phase ?? ''} />
            </div>
            <div class="govuk-form-group">
              <label class="govuk-label" for="filter-type">
                Type of establishment (exact, e.g. Community school)
              </label>
              <input class="govuk-input" id="filter-type" name="type" defaultValue={query.type ?? ''} />
            </div>
          </div>
        </div>
        <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              id="filter-safeguarding"
              name="safeguardingConcern"
              type="checkbox"
              value="true"
              defaultChecked={query.safeguardingConcern === 'true'}
            />
            <label class="govuk-label govuk-checkboxes__label" for="filter-safeguarding">
              Safeguarding concern at the latest inspection
            </label>
          </div>
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              id="filter-no-partner"
              name="withoutPartnerAgency"
              type="checkbox"
              value="true"
              defaultChecked={query.withoutPartnerAgency === 'true'}
            />
            <label class="govuk-label govuk-checkboxes__label" for="filter-no-partner">
              No partner agency
            </label>
          </div>
        </div>
        <div class="govuk-button-group">
          <button class="govuk-button" type="submit" data-module="govuk-button">
            Apply filters
          </button>
          <a class="govuk-link" href={`/councils/${code}/schools`}>
            Clear filters
          </a>
        </div>
      </form>
      {fetching && !data ? <Loading /> : null}
      <ErrorOf error={error} />
      {csvProblem ? (
        <Problem title="The CSV could not be made">
          <p class="govuk-body">{csvProblem}</p>
        </Problem>
      ) : null}
      {page ? (
        <>
          <p class="govuk-body" data-testid="match-count" aria-live="polite">
            {formatCount(page.totalCount)} {page.totalCount === 1 ? 'school matches' : 'schools match'}.
          </p>
          <button
            class="govuk-button govuk-button--secondary beacon-no-print"
            type="button"
            onClick={download}
            data-testid="csv"
          >
            Download this list as CSV
          </button>
          <SchoolsTable schools={page.edges.map((edge) => edge.node)} caption={`${council?.name} schools`} />
          <nav class="govuk-pagination govuk-pagination--block" aria-label="Pages of schools">
            {query.after ? (
              <div class="govuk-pagination__prev">
                <a class="govuk-link govuk-pagination__link" href={`${url.split('?')[0]}?${first}`} rel="first">
                  <span class="govuk-pagination__link-title">First page</span>
                </a>
              </div>
            ) : null}
            {page.pageInfo.hasNextPage ? (
              <div class="govuk-pagination__next">
                <a class="govuk-link govuk-pagination__link" href={`${url.split('?')[0]}?${next}`} rel="next">
                  <span class="govuk-pagination__link-title">Next page</span>
                </a>
              </div>
            ) : null}
          </nav>
        </>
      ) : null}
    </>
  );
}
