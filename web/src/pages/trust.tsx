// `/trusts/:uid`: a trust executive's comparison: the academies side by side, with the dates they joined, printable
// for the board.
import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { labelOf, trustTypeLabels } from '../../../functions/core/labels.js';
import { CensusSummarySection } from '../components/census.js';
import { PageTabs } from '../components/page-tabs.js';
import { usePageTitle } from '../components/page-title.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { AsAt, SummaryTiles } from '../components/summary.js';
import { graphql } from '../generated/index.js';
import { NothingUnder } from './not-found.js';
import { TrustComparison } from './trust-comparison.js';

const TrustQuery = graphql(`
  query Trust($uid: ID!) {
    trust(uid: $uid) {
      uid groupId name type status openedOn companiesHouseNumber
      inclusionSummary { ...SummaryFields }
      censusSummary {
        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent
        schoolsWithFsm fsmPercent
      }
      schools(first: 100) {
        totalCount
        edges { node { ...SchoolRow trustJoinedOn localAuthority { code name } } }
      }
    }
  }
`);

export function TrustPage() {
  const { params } = useRoute();
  const uid = params.uid ?? '';
  const [{ data, fetching, error }] = useQuery({ query: TrustQuery, variables: { uid } });
  usePageTitle(data?.trust?.name);
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ErrorOf error={error} />;
  const trust = data.trust;
  if (!trust) return <NothingUnder kind="trust" id={uid} />;
  return (
    <>
      <span class="govuk-caption-l">
        {labelOf(trustTypeLabels, trust.type)}
        {trust.groupId ? `, ${trust.groupId}` : ''}
      </span>
      <h1 class="govuk-heading-xl">{trust.name}</h1>
      <PageTabs base={`/trusts/${trust.uid}`} current="overview" />
      <AsAt sources={trust.inclusionSummary.dataSources} asOf={trust.inclusionSummary.asOf} />
      <SummaryTiles summary={trust.inclusionSummary} listHref={`/trusts/${trust.uid}/schools`} />
      <p class="govuk-body beacon-no-print">
        <a class="govuk-button" href={`/trusts/${trust.uid}/schools`} data-testid="all-schools">
          All {trust.name} schools: filter, sort and download
        </a>
      </p>
      <CensusSummarySection summary={trust.censusSummary} of={trust.name} />
      <h2 class="govuk-heading-l">Academies side by side</h2>
      <TrustComparison
        uid={trust.uid}
        schools={trust.schools.edges.map(({ node: school }) => school)}
        caption={
          `${trust.schools.totalCount} open academies of ${trust.name}` +
          (trust.censusSummary.periodLabel ? `; pupils' SEN and FSM from the ${trust.censusSummary.periodLabel}` : '')
        }
      />
      <p class="govuk-body beacon-no-print">
        <button class="govuk-button govuk-button--secondary" type="button" onClick={() => window.print()}>
          Print this comparison
        </button>
      </p>
    </>
  );
}
