// The school list's table: one row per school with its award, its due date and its Ofsted outcomes, inherited and
// ungraded ones marked in words.
import { formatDate, label, statusTagClass } from '../format.js';
import { graphql } from '../generated/index.js';
import type { SchoolRowFragment } from '../generated/graphql.js';

export const SchoolRow = graphql(`
  fragment SchoolRow on School {
    urn name type phase
    trust { uid name }
    inclusionStatus {
      awardLevel awardStatus nextDueOn latestInspectionOn gradedInspectionOn gradedInheritedFromUrn
      inclusionGrade legacyOverallGrade safeguarding ungradedInspectionOn ungradedOutcome
    }
  }
`);

export function Outcome({ status }: { status: SchoolRowFragment['inclusionStatus'] }) {
  if (!status.gradedInspectionOn && !status.ungradedInspectionOn) return <>Never inspected</>;
  const grade = status.inclusionGrade
    ? `Inclusion: ${label(status.inclusionGrade)}`
    : status.legacyOverallGrade
      ? label(status.legacyOverallGrade)
      : 'No overall grade';
  return (
    <>
      {status.gradedInspectionOn ? `${grade} (${formatDate(status.gradedInspectionOn)})` : ''}
      {status.gradedInheritedFromUrn ? (
        <strong class="govuk-tag govuk-tag--grey govuk-!-margin-left-1">
          inherited from URN {status.gradedInheritedFromUrn}
        </strong>
      ) : null}
      {status.ungradedInspectionOn ? (
        <span class="govuk-body-s govuk-!-display-block">
          Ungraded since: {status.ungradedOutcome ?? 'visit'} ({formatDate(status.ungradedInspectionOn)})
        </span>
      ) : null}
    </>
  );
}

export function SchoolsTable({ schools, caption }: { schools: readonly SchoolRowFragment[]; caption: string }) {
  if (schools.length === 0) return <p class="govuk-body">No schools match.</p>;
  return (
    <div class="beacon-table-scroll">
      <table class="govuk-table" data-testid="schools-table">
        <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              School
            </th>
            <th scope="col" class="govuk-table__header">
              Trust
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
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {schools.map((school) => (
            <tr class="govuk-table__row" key={school.urn} data-urn={school.urn}>
              <th scope="row" class="govuk-table__header">
                <a class="govuk-link" href={`/schools/${school.urn}`}>
                  {school.name}
                </a>
                <span class="govuk-body-s govuk-!-display-block">
                  URN {school.urn}
                  {school.phase ? `, ${school.phase}` : ''}
                </span>
              </th>
              <td class="govuk-table__cell">
                {school.trust ? <a href={`/trusts/${school.trust.uid}`}>{school.trust.name}</a> : 'Maintained'}
              </td>
              <td class="govuk-table__cell">
                {school.inclusionStatus.awardLevel ? label(school.inclusionStatus.awardLevel) : 'None'}{' '}
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
