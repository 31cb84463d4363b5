// One page of the school list: how many match, the same list as CSV, the table, and the way to the next page.
import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import { countOf } from '../../../../functions/core/labels.js';
import { useAnnounce } from '../../components/announcer.js';
import { ErrorSummary } from '../../components/govuk/error-summary.js';
import { Pagination } from '../../components/govuk/pagination.js';
import { SchoolsTable } from '../../components/schools-table.js';
import { formatCount } from '../../format.js';
import type { SchoolFilter, SchoolListQuery, SchoolSort } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';

const CsvQuery = graphql(`
  query SchoolListCsv($code: ID!, $filter: SchoolFilter, $sort: SchoolSort) {
    localAuthority(code: $code) { schoolsCsv(filter: $filter, sort: $sort) }
  }
`);

type LocalAuthority = NonNullable<SchoolListQuery['localAuthority']>;

/** The list as the API writes it (same filter, same sort, every page), saved as a file. */
function useCsvDownload(code: string, filter: SchoolFilter, sort: SchoolSort) {
  const client = useClient();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setProblem(null);
    const result = await client.query(CsvQuery, { code, filter, sort }, { requestPolicy: 'network-only' }).toPromise();
    const csv = result.data?.localAuthority?.schoolsCsv;
    if (!csv) {
      setProblem(result.error?.graphQLErrors[0]?.message ?? 'The CSV could not be made. Try again.');
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `beacon-council-${code}-schools.csv`;
    document.body.append(link);
    link.click();
    link.remove();
  };
  return { problem, download };
}

export function Results({
  code,
  localAuthority,
  filter,
  sort,
  query,
  path,
}: {
  code: string;
  localAuthority: LocalAuthority | null | undefined;
  filter: SchoolFilter;
  sort: SchoolSort;
  query: Record<string, string>;
  path: string;
}) {
  const { problem, download } = useCsvDownload(code, filter, sort);
  const page = localAuthority?.schools;
  useAnnounce(page && countOf(page.totalCount, 'school matches', 'schools match'));
  const next = new URLSearchParams(query);
  if (page?.pageInfo.endCursor) next.set('after', page.pageInfo.endCursor);
  const first = new URLSearchParams(query);
  first.delete('after');
  // A column's header asks the API for the list in its order, from the first page.
  const sortedBy = (by: SchoolSort) => {
    const sorted = new URLSearchParams(first);
    sorted.set('sort', by);
    return `${path}?${sorted}`;
  };
  return (
    <>
      {problem ? (
        <ErrorSummary title="The CSV could not be made">
          <p class="govuk-body">{problem}</p>
        </ErrorSummary>
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
          <SchoolsTable
            schools={page.edges.map((edge) => edge.node)}
            caption={`${localAuthority?.name} schools`}
            census
            outcomes
            sorting={{ current: sort, href: sortedBy }}
          />
          <Pagination
            label="Pages of schools"
            previous={query.after ? { href: `${path}?${first}`, text: 'First page', rel: 'first' } : undefined}
            next={page.pageInfo.hasNextPage ? { href: `${path}?${next}`, text: 'Next page', rel: 'next' } : undefined}
          />
        </>
      ) : null}
    </>
  );
}
