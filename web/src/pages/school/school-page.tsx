// `/schools/:urn`: a school leader's page: the award with its elements, reviews and next due date; Ofsted across
// conversions (inherited outcomes marked); partner agencies; and, where the viewer's scope allows, contacts and
// history (otherwise the page says why they are hidden).
import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { SchoolCensusList } from '../../components/census.js';
import { usePageTitle } from '../../components/page-title.js';
import { ErrorOf, Loading, refusal } from '../../components/query-state.js';
import { graphql } from '../../generated/index.js';
import { NothingUnder } from '../not-found.js';
import { Awards } from './awards.js';
import { Inspections } from './inspections.js';
import { Contacts, History, Partners } from './people.js';
import { Standing } from './standing.js';

const SchoolQuery = graphql(`
  query School($urn: ID!) {
    school(urn: $urn) {
      ...SchoolRow
      ...SchoolOutcomes
      isOpen openedOn closedOn town postcode trustJoinedOn
      localAuthority { code name }
      census {
        periodLabel pupils senSupport senSupportPercent ehcPlans ehcPlanPercent fsmPercent suppressed
      }
      predecessors { urn name linkType linkedOn school { urn } }
      successors { urn name linkType linkedOn school { urn } }
      inspections {
        __typename id urn framework inspectedOn publishedOn safeguarding source
        ... on LegacyInspection { type overallEffectiveness categoryOfConcern outcome judgements { area grade } }
        ... on ReportCardInspection { visit inclusion evaluations { area grade } }
      }
      awards {
        id level status assessedOn awardedOn assessor nextDueOn nextDueKind provenance
        elements { element title standOut finding }
        reviews { reviewedOn assessor summary }
      }
      partnerships { since until isActive focus councilQualityAssured agency { id name kind } }
      contacts { email name role }
      history(first: 10) { edges { node { at actor action summary } } }
    }
  }
`);

export function SchoolPage() {
  const { params } = useRoute();
  const urn = params.urn ?? '';
  const [{ data, fetching, error }] = useQuery({ query: SchoolQuery, variables: { urn } });
  usePageTitle(data?.school?.name);
  if (fetching && !data) return <Loading />;
  const school = data?.school;
  if (!school) return error ? <ErrorOf error={error} /> : <NothingUnder kind="school" id={urn} />;
  const fieldRefusal = (field: string) =>
    refusal(
      error && {
        ...error,
        graphQLErrors: error.graphQLErrors.filter((item) => item.path?.includes(field)),
      },
    );
  return (
    <>
      <Standing school={school} />
      <section aria-labelledby="census-title" data-testid="school-census">
        <h2 class="govuk-heading-l" id="census-title">
          Pupils and SEN <span class="govuk-caption-m">{school.census?.periodLabel ?? 'School census'}</span>
        </h2>
        <SchoolCensusList census={school.census} />
      </section>
      <Inspections school={school} />
      <Awards school={school} />
      <Partners school={school} />
      <Contacts school={school} refused={fieldRefusal('contacts')} />
      <History school={school} refused={fieldRefusal('history')} />
    </>
  );
}
