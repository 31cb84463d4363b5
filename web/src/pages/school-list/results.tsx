// One numbered page of a school list: how many match and which of them show ("26–50 of 598"), the same list as CSV,
// the table with a checkbox to choose schools to compare, and the page numbers.
import { useClient } from '@urql/preact';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { countOf } from '../../../../functions/core/labels.js';
import { useAnnounce } from '../../components/announcer.js';
import { ErrorSummary } from '../../components/govuk/error-summary.js';
import { NumberedPagination } from '../../components/govuk/pagination.js';
import { SchoolsTable } from '../../components/schools-table.js';
import { formatCount } from '../../format.js';
import type { SchoolFilter, SchoolListPageQuery, SchoolSort } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';
import { PAGE_SIZE } from './filters.js';
import { csvName, type ListScope, MAX_CHOSEN } from './scope.js';

const CsvQuery = graphql(`
  query SchoolListCsv($filter: SchoolFilter!, $sort: SchoolSort) {
    schoolsCsv(filter: $filter, sort: $sort)
  }
`);

type Page = SchoolListPageQuery['schools'];

/** The list as the API writes it (same filter, same sort, every page), saved as a file. */
function useCsvDownload(scope: ListScope, filter: SchoolFilter, sort: SchoolSort) {
  const client = useClient();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setProblem(null);
    const result = await client.query(CsvQuery, { filter, sort }, { requestPolicy: 'network-only' }).toPromise();
    const csv = result.data?.schoolsCsv;
    if (!csv) {
      setProblem(result.error?.graphQLErrors[0]?.message ?? 'The CSV could not be made. Try again.');
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = csvName(scope);
    document.body.append(link);
    link.click();
    link.remove();
  };
  return { problem, download };
}

const COMPARE_FORM = 'compare-form';

/** Ticked schools go to `/compare?urns=…` (a plain form sends `urns` once per school; the page reads both). */
function CompareForm() {
  const { route } = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const urns = new FormData(event.currentTarget as HTMLFormElement).getAll('urns').map(String);
    if (urns.length === 0 || urns.length > MAX_CHOSEN) {
      setProblem(urns.length === 0 ? 'Tick at least one school to compare.' : `Compare at most ${MAX_CHOSEN} schools.`);
      return;
    }
    route(`/compare?urns=${urns.join(',')}`);
  };
  return (
    <form
      id={COMPARE_FORM}
      class="beacon-no-print beacon-compare-form"
      method="get"
      action="/compare"
      onSubmit={submit}
    >
      {problem ? (
        <p class="govuk-error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <button class="govuk-button govuk-button--secondary" type="submit" data-testid="compare">
        Compare the ticked schools
      </button>
    </form>
  );
}

export function Results({
  scope,
  caption,
  page,
  pageNumber,
  filter,
  sort,
  hrefOfPage,
  hrefOfSort,
  headingRef,
}: {
  scope: ListScope;
  caption: string;
  page: Page;
  pageNumber: number;
  filter: SchoolFilter;
  sort: SchoolSort;
  hrefOfPage: (page: number) => string;
  /** The list in another order, from its first page (a column's header). */
  hrefOfSort: (sort: SchoolSort) => string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { problem, download } = useCsvDownload(scope, filter, sort);
  const total = page.totalCount;
  const from = (pageNumber - 1) * PAGE_SIZE + 1;
  const to = from + page.edges.length - 1;
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  useAnnounce(countOf(total, 'school matches', 'schools match'));
  return (
    <>
      <h2 class="govuk-heading-l" id="results" tabIndex={-1} ref={headingRef}>
        Results
      </h2>
      {problem ? (
        <ErrorSummary title="The CSV could not be made">
          <p class="govuk-body">{problem}</p>
        </ErrorSummary>
      ) : null}
      <p class="govuk-body" data-testid="match-count">
        {total === 0
          ? 'No schools match these filters.'
          : `${formatCount(total)} ${total === 1 ? 'school matches' : 'schools match'}.`}
      </p>
      {total > 0 && page.edges.length === 0 ? (
        <p class="govuk-body" data-testid="past-the-end">
          There is no page {pageNumber}: the list has {last} {last === 1 ? 'page' : 'pages'}.{' '}
          <a href={hrefOfPage(1)}>Go to the first page</a>.
        </p>
      ) : null}
      {page.edges.length > 0 ? (
        <>
          <p class="govuk-body-s" data-testid="page-range">
            Showing {formatCount(from)}–{formatCount(to)} of {formatCount(total)}
          </p>
          <div class="govuk-button-group beacon-no-print">
            <button class="govuk-button govuk-button--secondary" type="button" onClick={download} data-testid="csv">
              Download this list as CSV
            </button>
            {scope.kind === 'chosen' ? null : <CompareForm />}
          </div>
          <SchoolsTable
            schools={page.edges.map((edge) => edge.node)}
            caption={caption}
            census
            outcomes
            sorting={{ current: sort, href: hrefOfSort }}
            chooseForm={scope.kind === 'chosen' ? undefined : COMPARE_FORM}
          />
          <NumberedPagination label="Pages of schools" current={pageNumber} last={last} hrefOf={hrefOfPage} />
        </>
      ) : null}
    </>
  );
}
