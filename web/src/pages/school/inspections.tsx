// The school's Ofsted inspections, newest first, across academy conversions: one made under another URN is marked.
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
import { Tag } from '../../components/govuk/tag.js';
import { formatDate } from '../../format.js';
import type { School } from './school-data.js';

type Inspection = School['inspections'][number];

const COLUMNS = [{ title: 'Date' }, { title: 'Kind' }, { title: 'Outcome' }, { title: 'Safeguarding' }];

function kindOf(inspection: Inspection): string {
  if (inspection.__typename === 'ReportCardInspection') {
    return `Report card${inspection.visit === 'MONITORING' ? ' (monitoring)' : ''}`;
  }
  return `${labelOf(legacyInspectionTypeLabels, inspection.type)} inspection`;
}

function outcomeOf(inspection: Inspection): string {
  if (inspection.__typename === 'ReportCardInspection') {
    return inspection.inclusion ? `Inclusion: ${reportCardGradeLabels[inspection.inclusion]}` : '';
  }
  const grade = labelOf(legacyGradeLabels, inspection.overallEffectiveness) || ungradedOutcomeLabel(inspection.outcome);
  const concern = inspection.categoryOfConcern ? ` (${categoryOfConcernLabels[inspection.categoryOfConcern]})` : '';
  return grade + concern;
}

export function Inspections({ school }: { school: School }) {
  return (
    <>
      <h2 class="govuk-heading-l">Ofsted inspections</h2>
      <p class="govuk-body-s">
        Newest first, across academy conversions: an inspection made under another URN is marked.
      </p>
      <Table columns={COLUMNS} testId="inspections">
        {school.inspections.map((inspection) => (
          <Row key={inspection.id}>
            <Cell>{formatDate(inspection.inspectedOn)}</Cell>
            <Cell>
              {kindOf(inspection)}
              {inspection.urn !== school.urn ? (
                <Tag colour="grey" spaced>
                  made under URN {inspection.urn} (inherited)
                </Tag>
              ) : null}
            </Cell>
            <Cell>{outcomeOf(inspection)}</Cell>
            <Cell>{labelOf(safeguardingLabels, inspection.safeguarding)}</Cell>
          </Row>
        ))}
      </Table>
    </>
  );
}
