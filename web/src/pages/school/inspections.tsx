// The school's whole Ofsted history, newest first, across academy conversions: an inspection made under a
// predecessor's URN says so and links to that school. Every row has an outcome in words, key judgements included.
import {
  categoryOfConcernLabels,
  labelOf,
  legacyGradeLabels,
  legacyInspectionTypeLabels,
  reportCardGradeLabels,
  safeguardingLabels,
  ungradedOutcomeLabel,
} from '../../../../functions/core/labels.js';
import { Cell, Row, Table } from '../../components/govuk/table.js';
import { OtherJudgements } from '../../components/outcomes.js';
import { formatDate } from '../../format.js';
import type { School } from './school-data.js';

type Inspection = School['inspections'][number];

const COLUMNS = [
  { title: 'Date' },
  { title: 'Kind' },
  { title: 'Outcome' },
  { title: 'Key judgements or evaluations' },
  { title: 'Safeguarding' },
];

function kindOf(inspection: Inspection): string {
  if (inspection.__typename === 'ReportCardInspection') {
    return `Report card${inspection.visit === 'MONITORING' ? ' (monitoring visit)' : ''}`;
  }
  return `${labelOf(legacyInspectionTypeLabels, inspection.type)} inspection`;
}

/** The outcome in words; never empty, so a row without an overall grade says what it gave instead. */
export function outcomeOf(inspection: Inspection): string {
  if (inspection.__typename === 'ReportCardInspection') {
    return inspection.inclusion
      ? `Inclusion: ${reportCardGradeLabels[inspection.inclusion]}`
      : 'Inclusion not graded at this visit';
  }
  const concern = inspection.categoryOfConcern ? ` (${categoryOfConcernLabels[inspection.categoryOfConcern]})` : '';
  const grade = labelOf(legacyGradeLabels, inspection.overallEffectiveness) || ungradedOutcomeLabel(inspection.outcome);
  if (grade) return grade + concern;
  if (inspection.judgements.length > 0) return `No overall grade: key judgements only${concern}`;
  return inspection.type === 'GRADED' ? `No overall grade stated${concern}` : 'No outcome stated';
}

function judgementsOf(inspection: Inspection) {
  return inspection.__typename === 'ReportCardInspection'
    ? { evaluations: inspection.evaluations }
    : { judgements: inspection.judgements };
}

export function Inspections({ school }: { school: School }) {
  const inherited = school.inspections.filter((inspection) => inspection.urn !== school.urn).length;
  return (
    <section aria-labelledby="inspections-title">
      <h2 class="govuk-heading-l" id="inspections-title">
        Ofsted inspections
      </h2>
      <p class="govuk-body-s">
        Newest first, {inherited > 0 ? 'including' : 'with'} the inspections of the schools this one replaced
        {inherited > 0 ? ' (marked with their URN)' : ' (none held)'}.{' '}
        <a class="govuk-link" href={`https://reports.ofsted.gov.uk/provider/21/${school.urn}`}>
          Ofsted's reports for URN {school.urn}
        </a>
        .
      </p>
      {school.inspections.length === 0 ? (
        <p class="govuk-body">Beacon holds no inspection of this school or of a school it replaced.</p>
      ) : (
        <Table columns={COLUMNS} testId="inspections">
          {school.inspections.map((inspection) => (
            <Row key={inspection.id} data-inherited={inspection.urn !== school.urn ? inspection.urn : undefined}>
              <Cell>{formatDate(inspection.inspectedOn)}</Cell>
              <Cell>
                {kindOf(inspection)}
                {inspection.urn !== school.urn ? (
                  <span class="govuk-body-s govuk-!-display-block" data-testid="predecessor-inspection">
                    Predecessor's inspection, URN <a href={`/schools/${inspection.urn}`}>{inspection.urn}</a>
                  </span>
                ) : null}
              </Cell>
              <Cell>{outcomeOf(inspection)}</Cell>
              <Cell>
                <OtherJudgements {...judgementsOf(inspection)} all />
              </Cell>
              <Cell>{labelOf(safeguardingLabels, inspection.safeguarding) || 'Not stated'}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </section>
  );
}
