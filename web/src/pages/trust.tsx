// `/trusts/:uid`: a trust executive's comparison: the academies side by side, with the dates they joined, printable
// for the board.
import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { ErrorOf, Loading } from '../components/query-state.js';
import { Outcome } from '../components/schools-table.js';
import { AsAt, SummaryTiles } from '../components/summary.js';
import { formatDate, label, statusTagClass } from '../format.js';
import { graphql } from '../generated/index.js';

const TrustQuery = graphql(`
  query Trust($uid: ID!) {
    trust(uid: $uid) {
      uid groupId name type status openedOn companiesHouseNumber
      inclusionSummary { ...SummaryFields }
      schools(first: 100) {
        totalCount
        edges { node { ...SchoolRow trustJoinedOn localAuthority { code name } } }
      }
      comparison { rows { school { urn } activePartnerCount evaluations { area grade } } }
    }
  }
`);

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
        {label(trust.type)}
        {trust.groupId ? `, ${trust.groupId}` : ''}
      </span>
      <h1 class="govuk-heading-xl">{trust.name}</h1>
      <AsAt sources={trust.inclusionSummary.dataSources} asOf={trust.inclusionSummary.asOf} />
      <SummaryTiles summary={trust.inclusionSummary} />
      <h2 class="govuk-heading-l">Academies side by side</h2>
      <div class="beacon-table-scroll">
        <table class="govuk-table" data-testid="academies">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {trust.schools.totalCount} open academies of {trust.name}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Academy
              </th>
              <th scope="col" class="govuk-table__header">
                Joined
              </th>
              <th scope="col" class="govuk-table__header">
                IQM award
              </th>
              <th scope="col" class="govuk-table__header">
                Next due
              </th>
              <th scope="col" class="govuk-table__header">
                Ofsted
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Partners
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {trust.schools.edges.map(({ node: school }) => (
              <tr class="govuk-table__row" key={school.urn} data-urn={school.urn}>
                <th scope="row" class="govuk-table__header">
                  <a class="govuk-link" href={`/schools/${school.urn}`}>
                    {school.name}
                  </a>
                  <span class="govuk-body-s govuk-!-display-block">
                    {school.localAuthority.name}, URN {school.urn}
                  </span>
                </th>
                <td class="govuk-table__cell">{formatDate(school.trustJoinedOn)}</td>
                <td class="govuk-table__cell">
                  {label(school.inclusionStatus.awardLevel) || 'None'}{' '}
                  {school.inclusionStatus.awardStatus ? (
                    <strong class={`govuk-tag ${statusTagClass(school.inclusionStatus.awardStatus)}`}>
                      {label(school.inclusionStatus.awardStatus)}
                    </strong>
                  ) : null}
                </td>
                <td class="govuk-table__cell">{formatDate(school.inclusionStatus.nextDueOn)}</td>
                <td class="govuk-table__cell">
                  <Outcome status={school.inclusionStatus} />
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {extra.get(school.urn)?.activePartnerCount ?? 0}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="govuk-body beacon-no-print">
        <button class="govuk-button govuk-button--secondary" type="button" onClick={() => window.print()}>
          Print this comparison
        </button>
      </p>
    </>
  );
}
