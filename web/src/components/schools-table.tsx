// The school list's table: one row per school with its award, its due date and its Ofsted outcomes, inherited and
// ungraded ones marked in words.
import type { ComponentChildren } from 'preact';
import {
  awardLevelLabels,
  censusColumnLabels,
  gradedOutcomeLabel,
  labelOf,
  ungradedOutcomeLabel,
} from '../../../functions/core/labels.js';
import { formatDate } from '../format.js';
import type { SchoolOutcomesFragment, SchoolRowFragment, SchoolSort } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { CensusCells } from './census.js';
import { CHOOSE_COLUMN, ChooseCell } from './choose-cell.js';
import { Cell, type Column, Row, RowHeader, Table } from './govuk/table.js';
import { StatusTag } from './govuk/tag.js';
import { JUDGEMENT_COLUMNS, JudgementCells, OtherJudgements, PreviousOutcome } from './outcomes.js';

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

/** The standing inspection's key judgements or evaluations and the outcome before it: the lists that sort by them
 * ask for these apart from SchoolRow (a trust's 100 rows would weigh too much for the API's limit). */
export const SchoolOutcomes = graphql(`
  fragment SchoolOutcomes on School {
    inclusionStatus {
      judgements { area grade } evaluations { area grade }
      previousGradedInspectionOn previousLegacyOverallGrade previousInclusionGrade
    }
  }
`);

type Standing = SchoolRowFragment['inclusionStatus'];

/** A row of the list; the school list also asks for the census (not in SchoolRow: a trust's 100 rows would cost too
 * much for the API's limit). */
type ListedSchool = SchoolRowFragment & {
  inclusionStatus: Partial<SchoolOutcomesFragment['inclusionStatus']>;
  census?: {
    periodLabel: string;
    senSupportPercent?: number | null;
    ehcPlanPercent?: number | null;
    fsmPercent?: number | null;
  } | null;
};

/** The predecessor URN as a link to its page, in words that wrap inside a narrow cell. */
export function InheritedFrom({ urn }: { urn: string }) {
  return (
    <span class="govuk-body-s govuk-!-display-block">
      Inherited from URN <a href={`/schools/${urn}`}>{urn}</a>
    </span>
  );
}

export function Outcome({ status }: { status: Standing }) {
  if (!status.gradedInspectionOn && !status.ungradedInspectionOn) return <>Never inspected</>;
  const grade = gradedOutcomeLabel(status.inclusionGrade, status.legacyOverallGrade);
  return (
    <>
      {status.gradedInspectionOn ? `${grade} (${formatDate(status.gradedInspectionOn)})` : ''}
      {status.gradedInheritedFromUrn ? <InheritedFrom urn={status.gradedInheritedFromUrn} /> : null}
      {status.ungradedInspectionOn ? (
        <span class="govuk-body-s govuk-!-display-block">
          Ungraded inspection since: {ungradedOutcomeLabel(status.ungradedOutcome) || 'no outcome given'}
          {` (${formatDate(status.ungradedInspectionOn)})`}
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
export function StandingCells({ status, children }: { status: Standing; children?: ComponentChildren }) {
  return (
    <>
      <Cell>
        <Award status={status} none="None" />
      </Cell>
      <Cell>{formatDate(status.nextDueOn)}</Cell>
      <Cell>
        <Outcome status={status} />
        {children}
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

/** The columns, each with the API's sort it offers: the sorted one says so (aria-sort), the others link to theirs. */
const COLUMNS: readonly (Column & { by?: SchoolSort; order?: 'ascending' | 'descending' })[] = [
  { title: 'School', by: 'NAME', order: 'ascending' },
  { title: 'Trust' },
  { title: 'IQM award' },
  { title: 'Next due', by: 'DUE_DATE', order: 'ascending' },
  { title: 'Ofsted', by: 'LATEST_INSPECTION', order: 'descending' },
  ...JUDGEMENT_COLUMNS.map(({ title, sort }) => ({ title, by: sort, order: 'ascending' as const })),
  { title: 'Previous graded outcome' },
];

const OUTCOME_TITLES = new Set([...JUDGEMENT_COLUMNS.map(({ title }) => title), 'Previous graded outcome']);

const CENSUS_COLUMNS = Object.values(censusColumnLabels).map((title) => ({ title, numeric: true }));

/** The sort the list is in, and the address of the list in another. */
export interface ListSorting {
  current: SchoolSort;
  href: (sort: SchoolSort) => string;
}

function columnsOf(sorting: ListSorting | undefined): Column[] {
  return COLUMNS.map(({ by, order, ...column }) =>
    sorting && by && order
      ? { ...column, sort: { state: by === sorting.current ? order : 'none', href: sorting.href(by) } }
      : column,
  );
}

export function SchoolsTable({
  schools,
  caption,
  census,
  sorting,
  outcomes,
  chooseForm,
}: {
  schools: readonly ListedSchool[];
  caption: string;
  /** Adds the January census's SEN support %, EHC plan % and FSM % (the school list). */
  census?: boolean;
  /** Makes the headers links to the list in their order (the school list). */
  sorting?: ListSorting;
  /** Adds the key judgements and the previous graded outcome (the schools carry SchoolOutcomes). */
  outcomes?: boolean;
  /** The id of a form to compare chosen schools: adds a first column of checkboxes belonging to it. */
  chooseForm?: string;
}) {
  if (schools.length === 0) return <p class="govuk-body">No schools match.</p>;
  const own = columnsOf(sorting).filter((column) => outcomes || !OUTCOME_TITLES.has(column.title));
  const columns = [...(chooseForm ? [CHOOSE_COLUMN] : []), ...own, ...(census ? CENSUS_COLUMNS : [])];
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
          <StandingCells status={school.inclusionStatus}>
            <OtherJudgements
              judgements={school.inclusionStatus.judgements}
              evaluations={school.inclusionStatus.evaluations}
            />
          </StandingCells>
          {outcomes ? (
            <>
              <JudgementCells judgements={school.inclusionStatus.judgements ?? []} />
              <Cell>
                <PreviousOutcome
                  on={school.inclusionStatus.previousGradedInspectionOn}
                  legacy={school.inclusionStatus.previousLegacyOverallGrade}
                  inclusion={school.inclusionStatus.previousInclusionGrade}
                />
              </Cell>
            </>
          ) : null}
          {census ? <CensusCells census={school.census} /> : null}
        </Row>
      ))}
    </Table>
  );
}
