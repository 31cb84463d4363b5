// The school list's table: one row per school with its award, its due date and its Ofsted outcomes, inherited and
// ungraded ones marked in words.
import type { ComponentChildren } from 'preact';
import {
  awardLevelLabels,
  censusColumnLabels,
  labelOf,
  legacyGradeLabels,
  reportCardGradeLabels,
} from '../../../functions/core/labels.js';
import { formatDate } from '../format.js';
import type { SchoolRowFragment } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { CensusCells } from './census.js';
import { CHOOSE_COLUMN, ChooseCell } from './choose-cell.js';
import { Cell, Row, RowHeader, Table } from './govuk/table.js';
import { StatusTag, Tag } from './govuk/tag.js';

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

type Standing = SchoolRowFragment['inclusionStatus'];

/** A row of the list; the school list also asks for the census (not in SchoolRow: a trust's 100 rows would cost too
 * much for the API's limit). */
type ListedSchool = SchoolRowFragment & {
  census?: {
    periodLabel: string;
    senSupportPercent?: number | null;
    ehcPlanPercent?: number | null;
    fsmPercent?: number | null;
  } | null;
};

export function Outcome({ status }: { status: Standing }) {
  if (!status.gradedInspectionOn && !status.ungradedInspectionOn) return <>Never inspected</>;
  const grade = status.inclusionGrade
    ? `Inclusion: ${reportCardGradeLabels[status.inclusionGrade]}`
    : status.legacyOverallGrade
      ? legacyGradeLabels[status.legacyOverallGrade]
      : 'No overall grade';
  return (
    <>
      {status.gradedInspectionOn ? `${grade} (${formatDate(status.gradedInspectionOn)})` : ''}
      {status.gradedInheritedFromUrn ? (
        <Tag colour="grey" spaced>
          inherited from URN {status.gradedInheritedFromUrn}
        </Tag>
      ) : null}
      {status.ungradedInspectionOn ? (
        <span class="govuk-body-s govuk-!-display-block">
          Ungraded since: {status.ungradedOutcome ?? 'visit'} ({formatDate(status.ungradedInspectionOn)})
        </span>
      ) : null}
    </>
  );
}

/** The standing award's level (or `none`) and its status tag. */
export function Award({ status, none }: { status: Standing; none: string }) {
  return (
    <>
      {labelOf(awardLevelLabels, status.awardLevel) || none}{' '}
      {status.awardStatus ? <StatusTag status={status.awardStatus} /> : null}
    </>
  );
}

/** A school's award, next due date and Ofsted outcome, as three cells of a row. */
export function StandingCells({ status }: { status: Standing }) {
  return (
    <>
      <Cell>
        <Award status={status} none="None" />
      </Cell>
      <Cell>{formatDate(status.nextDueOn)}</Cell>
      <Cell>
        <Outcome status={status} />
      </Cell>
    </>
  );
}

/** A row's first cell: the school's name, linked to its page, over a line of detail. */
export function SchoolHeader({
  school,
  children,
}: {
  school: { urn: string; name: string };
  children: ComponentChildren;
}) {
  return (
    <RowHeader>
      <a class="govuk-link" href={`/schools/${school.urn}`}>
        {school.name}
      </a>
      <span class="govuk-body-s govuk-!-display-block">{children}</span>
    </RowHeader>
  );
}

const COLUMNS = [
  { title: 'School' },
  { title: 'Trust' },
  { title: 'IQM award' },
  { title: 'Next due' },
  { title: 'Ofsted' },
];

const CENSUS_COLUMNS = Object.values(censusColumnLabels).map((title) => ({ title, numeric: true }));

export function SchoolsTable({
  schools,
  caption,
  census,
  chooseForm,
}: {
  schools: readonly ListedSchool[];
  caption: string;
  /** Adds the January census's SEN support %, EHC plan % and FSM % (the school list). */
  census?: boolean;
  /** The id of a form to compare chosen schools: adds a first column of checkboxes belonging to it. */
  chooseForm?: string;
}) {
  if (schools.length === 0) return <p class="govuk-body">No schools match.</p>;
  const columns = [...(chooseForm ? [CHOOSE_COLUMN] : []), ...COLUMNS, ...(census ? CENSUS_COLUMNS : [])];
  // The census period is said once, in the caption ("…; SEN support, EHC plan and FSM % from the January 2023 …").
  const period = schools.find((school) => school.census)?.census?.periodLabel ?? 'school census';
  const fullCaption = census ? `${caption}; SEN support, EHC plan and FSM % from the ${period}` : caption;
  return (
    <Table columns={columns} caption={fullCaption} testId="schools-table" scroll>
      {schools.map((school) => (
        <Row key={school.urn} data-urn={school.urn}>
          {chooseForm ? <ChooseCell form={chooseForm} school={school} /> : null}
          <SchoolHeader school={school}>
            URN {school.urn}
            {school.phase ? `, ${school.phase}` : ''}
          </SchoolHeader>
          <Cell>{school.trust ? <a href={`/trusts/${school.trust.uid}`}>{school.trust.name}</a> : 'Maintained'}</Cell>
          <StandingCells status={school.inclusionStatus} />
          {census ? <CensusCells census={school.census} /> : null}
        </Row>
      ))}
    </Table>
  );
}
