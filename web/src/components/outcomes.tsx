// Ofsted's key judgements (legacy framework) and report-card evaluations (2025) in a row of a list, with the graded
// outcome before the standing one: the words from the one label module, the columns in the API's sort order.
import {
  gradedOutcomeLabel,
  legacyGradeLabels,
  legacyJudgementAreaLabels,
  reportCardAreaLabels,
  reportCardGradeLabels,
} from '../../../functions/core/labels.js';
import type {
  LegacyGrade,
  LegacyJudgementArea,
  ReportCardArea,
  ReportCardGrade,
} from '../../../functions/core/vocabulary.js';
import { formatDate } from '../format.js';
import { Cell } from './govuk/table.js';

interface Judgement {
  area: LegacyJudgementArea;
  grade: LegacyGrade;
}

interface Evaluation {
  area: ReportCardArea;
  grade: ReportCardGrade;
}

/** The four key judgements every legacy graded inspection gives, each a column the API can sort by. */
export const JUDGEMENT_COLUMNS = (
  ['QUALITY_OF_EDUCATION', 'BEHAVIOUR_AND_ATTITUDES', 'PERSONAL_DEVELOPMENT', 'LEADERSHIP_AND_MANAGEMENT'] as const
).map((area) => ({ area, sort: area, title: legacyJudgementAreaLabels[area] }));

export const gradeOf = (judgements: readonly Judgement[], area: LegacyJudgementArea) =>
  judgements.find((judgement) => judgement.area === area)?.grade;

/** One cell per key judgement column; empty when the standing inspection gave none (a report card, say). */
export function JudgementCells({ judgements }: { judgements: readonly Judgement[] }) {
  return (
    <>
      {JUDGEMENT_COLUMNS.map(({ area }) => {
        const grade = gradeOf(judgements, area);
        return <Cell key={area}>{grade ? legacyGradeLabels[grade] : ''}</Cell>;
      })}
    </>
  );
}

/** What the columns leave out, as short lines: early years and sixth form where stated, a report card's areas. */
export function OtherJudgements({
  judgements = [],
  evaluations = [],
  all,
}: {
  judgements?: readonly Judgement[];
  evaluations?: readonly Evaluation[];
  /** Every area, where no column shows the four key judgements and Inclusion (the school page). */
  all?: boolean;
}) {
  const shown = new Set<string>(all ? [] : [...JUDGEMENT_COLUMNS.map(({ area }) => area), 'INCLUSION']);
  const lines = [
    ...judgements
      .filter(({ area }) => !shown.has(area))
      .map(({ area, grade }) => `${legacyJudgementAreaLabels[area]}: ${legacyGradeLabels[grade]}`),
    ...evaluations
      .filter(({ area }) => !shown.has(area))
      .map(({ area, grade }) => `${reportCardAreaLabels[area]}: ${reportCardGradeLabels[grade]}`),
  ];
  if (lines.length === 0) return null;
  return (
    <ul class="govuk-list govuk-body-s govuk-!-margin-bottom-0">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** The graded outcome the standing one replaced, with its date; "None" when there was none. */
export function PreviousOutcome({
  on,
  legacy,
  inclusion,
}: {
  on: string | null | undefined;
  legacy: LegacyGrade | null | undefined;
  inclusion: ReportCardGrade | null | undefined;
}) {
  if (!on) return <>None</>;
  return <>{`${gradedOutcomeLabel(inclusion, legacy)} (${formatDate(on)})`}</>;
}
