// The top of the school page: where it sits, its name, and its standing award, Ofsted outcome, trust and lineage.
import { Breadcrumbs, ENGLAND } from '../../components/govuk/breadcrumbs.js';
import { SummaryList, SummaryRow } from '../../components/govuk/summary-list.js';
import { OtherJudgements } from '../../components/outcomes.js';
import { PageTabs } from '../../components/page-tabs.js';
import { Award, Outcome } from '../../components/schools-table.js';
import { formatDate } from '../../format.js';
import type { School } from './school-data.js';

export function Standing({ school }: { school: School }) {
  const status = school.inclusionStatus;
  return (
    <>
      <Breadcrumbs
        crumbs={[ENGLAND, { href: `/councils/${school.localAuthority.code}`, text: school.localAuthority.name }]}
      />
      <span class="govuk-caption-l">
        URN {school.urn}
        {school.type ? `, ${school.type}` : ''}
        {school.isOpen ? '' : `, closed ${formatDate(school.closedOn)}`}
      </span>
      <h1 class="govuk-heading-xl">{school.name}</h1>
      <PageTabs base={`/schools/${school.urn}`} current="overview" />
      <SummaryList>
        <SummaryRow name="IQM award">
          <Award status={status} none="No standing award" />
          {status.nextDueOn ? ` Next due ${formatDate(status.nextDueOn)}.` : ''}
        </SummaryRow>
        <SummaryRow name="Ofsted" testId="standing-outcome">
          <Outcome status={status} />
          <OtherJudgements judgements={status.judgements} evaluations={status.evaluations} all />
        </SummaryRow>
        <SummaryRow name="Trust">
          {school.trust ? (
            <>
              <a href={`/trusts/${school.trust.uid}`}>{school.trust.name}</a>
              {school.trustJoinedOn ? `, joined ${formatDate(school.trustJoinedOn)}` : ''}
            </>
          ) : (
            'Maintained school'
          )}
        </SummaryRow>
        {school.predecessors.length > 0 ? (
          <SummaryRow name="Replaced">
            {school.predecessors.map((link) => (
              <span class="govuk-!-display-block" key={link.urn}>
                {link.school ? <a href={`/schools/${link.urn}`}>{link.name}</a> : link.name} (URN {link.urn},{' '}
                {link.linkType.toLowerCase()}
                {link.linkedOn ? `, ${formatDate(link.linkedOn)}` : ''})
              </span>
            ))}
          </SummaryRow>
        ) : null}
        <SummaryRow name="Official records">
          <a class="govuk-link govuk-!-display-block" href={`https://reports.ofsted.gov.uk/provider/21/${school.urn}`}>
            Ofsted reports for URN {school.urn}
          </a>
          <a
            class="govuk-link govuk-!-display-block"
            href={`https://get-information-schools.service.gov.uk/Establishments/Establishment/Details/${school.urn}`}
          >
            URN {school.urn} on Get Information about Schools
          </a>
        </SummaryRow>
      </SummaryList>
    </>
  );
}
