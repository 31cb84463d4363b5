// `/councils/:code`: a council officer's morning page: the borough's numbers, what falls due soonest, and the way
// in to the whole list.
import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { useViewer } from '../auth.js';
import { CensusSummarySection } from '../components/census.js';
import { Breadcrumbs, ENGLAND } from '../components/govuk/breadcrumbs.js';
import { PageTabs } from '../components/page-tabs.js';
import { usePageTitle } from '../components/page-title.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { SchoolsTable } from '../components/schools-table.js';
import { AsAt, SummaryCharts, SummaryTiles } from '../components/summary.js';
import { formatCount } from '../format.js';
import type { SchoolRowFragment } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { SinceLastVisit } from './changes/since-last-visit.js';
import { ComparesSection } from './indicators/compares-section.js';
import { NothingUnder } from './not-found.js';

const UnaddressedQuery = graphql(`
  query UnaddressedReminders($code: ID!) {
    reminders(filter: { laCode: $code, status: NO_RECIPIENTS }, first: 100) { edges { node { id } } }
  }
`);

/** Signed in: reminders of the council's schools that reached nobody, because no contact is recorded. */
function Unaddressed({ code }: { code: string }) {
  const viewer = useViewer();
  const [{ data }] = useQuery({ query: UnaddressedQuery, variables: { code }, pause: !viewer });
  const count = data?.reminders?.edges.length ?? 0;
  if (count === 0) return null;
  return (
    <div class="govuk-warning-text" data-testid="no-recipients">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        {count === 100 ? '100 or more' : count} {count === 1 ? 'reminder' : 'reminders'} reached nobody: no contact is
        recorded for the school, its trust or the council. <a href="/reminders">See reminders</a>.
      </strong>
    </div>
  );
}

const LocalAuthorityQuery = graphql(`
  query LocalAuthority($code: ID!) {
    localAuthority(code: $code) {
      code name onsCode
      inclusionSummary { ...SummaryFields }
      censusSummary {
        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent
        schoolsWithFsm fsmPercent
      }
      # Only schools with a due date: every standing award due on or before the end of the calendar.
      dueSoon: schools(first: 10, sort: DUE_DATE, filter: { dueBefore: "9999-12-31" }) {
        totalCount
        edges { node { ...SchoolRow } }
      }
    }
  }
`);

/** The schools whose review or reassessment falls due soonest (overdue first); none with a date says so. */
function DueSoonest({
  code,
  dueSoon,
}: {
  code: string;
  dueSoon: { totalCount: number; edges: readonly { node: SchoolRowFragment }[] };
}) {
  const shown = dueSoon.edges.length;
  if (shown === 0)
    return (
      <p class="govuk-body" data-testid="none-due">
        No school here has a review or reassessment due.
      </p>
    );
  return (
    <>
      <SchoolsTable
        schools={dueSoon.edges.map((edge) => edge.node)}
        caption={shown === 1 ? 'The one school with a date due' : `The ${shown} schools due soonest`}
      />
      {dueSoon.totalCount > shown ? (
        <p class="govuk-body">
          <a href={`/councils/${code}/schools?sort=DUE_DATE&dueBefore=9999-12-31`}>
            All {formatCount(dueSoon.totalCount)} schools with a date due, soonest first
          </a>
        </p>
      ) : null}
    </>
  );
}

export function LocalAuthorityPage() {
  const { params } = useRoute();
  const code = params.code ?? '';
  const [{ data, fetching, error }] = useQuery({ query: LocalAuthorityQuery, variables: { code } });
  usePageTitle(data?.localAuthority?.name);
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ErrorOf error={error} />;
  const localAuthority = data.localAuthority;
  if (!localAuthority) return <NothingUnder kind="localAuthority" id={code} />;
  const summary = localAuthority.inclusionSummary;
  return (
    <>
      <Breadcrumbs crumbs={[ENGLAND]} />
      <span class="govuk-caption-l">Council (LA code {localAuthority.code})</span>
      <h1 class="govuk-heading-xl">{localAuthority.name}</h1>
      <PageTabs base={`/councils/${localAuthority.code}`} current="overview" />
      <SinceLastVisit code={localAuthority.code} />
      <AsAt sources={summary.dataSources} asOf={summary.asOf} />
      <SummaryTiles summary={summary} listHref={`/councils/${localAuthority.code}/schools`} />
      <Unaddressed code={localAuthority.code} />
      <div class="govuk-button-group beacon-no-print">
        <a class="govuk-button" href={`/councils/${localAuthority.code}/schools`} data-testid="all-schools">
          All {localAuthority.name} schools: filter, sort and download
        </a>
        <a class="govuk-link" href="#compares-title">
          How {localAuthority.name} compares
        </a>
      </div>
      <CensusSummarySection summary={localAuthority.censusSummary} of={localAuthority.name} />
      <h2 class="govuk-heading-l">Falling due soonest</h2>
      <DueSoonest code={localAuthority.code} dueSoon={localAuthority.dueSoon} />
      <h2 class="govuk-heading-l">Awards and Ofsted outcomes</h2>
      <SummaryCharts summary={summary} />
      <ComparesSection code={localAuthority.code} />
    </>
  );
}
