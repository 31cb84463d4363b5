// `/trusts/:uid`: a trust executive's comparison: the academies side by side, with the dates they joined, printable
// for the board.
import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { censusColumnLabels, labelOf, trustTypeLabels } from '../../../functions/core/labels.js';
import { CensusCells, CensusSummarySection } from '../components/census.js';
import { Cell, Row, Table } from '../components/govuk/table.js';
import { PageTabs } from '../components/page-tabs.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { SchoolHeader, StandingCells } from '../components/schools-table.js';
import { AsAt, SummaryTiles } from '../components/summary.js';
import { formatDate } from '../format.js';
import { graphql } from '../generated/index.js';

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
      comparison { rows { school { urn } activePartnerCount evaluations { area grade }
        census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }
    }
  }
`);

const COLUMNS = [
  { title: 'Academy' },
  { title: 'Joined' },
  { title: 'IQM award' },
  { title: 'Next due' },
  { title: 'Ofsted' },
  { title: 'Partners', numeric: true },
  { title: censusColumnLabels.senSupportPercent, numeric: true },
  { title: censusColumnLabels.ehcPlanPercent, numeric: true },
  { title: censusColumnLabels.fsmPercent, numeric: true },
];

export function TrustPage() {
  const { params } = useRoute();
  const uid = params.uid ?? '';
  const [{ data, fetching, error }] = useQuery({ query: TrustQuery, variables: { uid } });
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ErrorOf error={error} />;
  const trust = data.trust;
  if (!trust) return <h1 class="govuk-heading-l">No trust with UID {uid}</h1>;
  const extra = new Map(trust.comparison.rows.map((row) => [row.school.urn, row]));
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
      <Table
        columns={COLUMNS}
        caption={
          `${trust.schools.totalCount} open academies of ${trust.name}` +
          (trust.censusSummary.periodLabel ? `; pupils' SEN and FSM from the ${trust.censusSummary.periodLabel}` : '')
        }
        testId="academies"
        scroll
      >
        {trust.schools.edges.map(({ node: school }) => (
          <Row key={school.urn} data-urn={school.urn}>
            <SchoolHeader school={school}>
              {school.localAuthority.name}, URN {school.urn}
            </SchoolHeader>
            <Cell>{formatDate(school.trustJoinedOn)}</Cell>
            <StandingCells status={school.inclusionStatus} />
            <Cell numeric>{extra.get(school.urn)?.activePartnerCount ?? 0}</Cell>
            <CensusCells census={extra.get(school.urn)?.census} />
          </Row>
        ))}
      </Table>
      <p class="govuk-body beacon-no-print">
        <button class="govuk-button govuk-button--secondary" type="button" onClick={() => window.print()}>
          Print this comparison
        </button>
      </p>
    </>
  );
}
