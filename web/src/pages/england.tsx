// `/`: England's picture, every council's kept counts added up, and the way in to a council.
import { useQuery } from '@urql/preact';
import { usePageTitle } from '../components/page-title.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { AsAt, SummaryCharts, SummaryTiles } from '../components/summary.js';
import { graphql } from '../generated/index.js';

export const SummaryFields = graphql(`
  fragment SummaryFields on InclusionSummary {
    asOf schoolCount withStandingAward shareWithStandingAward dueWithin30Days dueWithin90Days overdue
    safeguardingConcerns withoutPartnerAgency
    byAwardStatus { status count }
    byAwardLevel { level count }
    inspectionOutcomes {
      reportCardInclusion { grade count } legacyOverall { grade count } ungraded withUngradedSince inherited
      inCategoryOfConcern neverInspected
    }
    dataSources { kind file asAt }
  }
`);

const EnglandQuery = graphql(`
  query England {
    england { inclusionSummary { ...SummaryFields } }
    localAuthorities(first: 100) { totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } }
  }
`);

const MoreLocalAuthorities = graphql(`
  query MoreLocalAuthorities($after: String) {
    localAuthorities(first: 100, after: $after) { edges { node { code name } } }
  }
`);

export function EnglandPage() {
  usePageTitle('England');
  const [{ data, fetching, error }] = useQuery({ query: EnglandQuery });
  const [more] = useQuery({
    query: MoreLocalAuthorities,
    variables: { after: data?.localAuthorities.pageInfo.endCursor ?? null },
    pause: !data?.localAuthorities.pageInfo.hasNextPage,
  });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorOf error={error} />;
  const summary = data.england.inclusionSummary;
  const localAuthorities = [...data.localAuthorities.edges, ...(more.data?.localAuthorities.edges ?? [])];
  return (
    <>
      <h1 class="govuk-heading-xl">Inclusion in England's schools</h1>
      <AsAt sources={summary.dataSources} asOf={summary.asOf} />
      <SummaryTiles summary={summary} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-l">Awards and Ofsted outcomes</h2>
          <SummaryCharts summary={summary} />
        </div>
        <div class="govuk-grid-column-one-third">
          <h2 class="govuk-heading-m">Councils</h2>
          <ul class="govuk-list" data-testid="councils">
            {localAuthorities.map(({ node }) => (
              <li key={node.code}>
                <a class="govuk-link" href={`/councils/${node.code}`}>
                  {node.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}
