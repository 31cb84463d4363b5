// The January school census in words, always with its period: a school's own figures (school page) and a council's
// or trust's schools added up (their overviews). A figure the DfE suppressed says so rather than showing zero.
import { formatCount } from '../format.js';
import type { CensusFigure } from '../generated/graphql.js';
import { SummaryList, SummaryRow } from './govuk/summary-list.js';
import { Cell } from './govuk/table.js';

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? null : `${value.toFixed(1)}%`;

/** "10.8%", or what a missing percentage is. */
export const censusPercent = (value: number | null | undefined, missing = 'Not published') => percent(value) ?? missing;

type Maybe<T> = T | null | undefined;

interface SchoolCensusData {
  periodLabel: string;
  pupils?: Maybe<number>;
  senSupport?: Maybe<number>;
  senSupportPercent?: Maybe<number>;
  ehcPlans?: Maybe<number>;
  ehcPlanPercent?: Maybe<number>;
  fsmPercent?: Maybe<number>;
  suppressed: readonly CensusFigure[];
}

function countWith(count: number | null | undefined, share: number | null | undefined, suppressed: boolean) {
  if (count === null || count === undefined) return suppressed ? 'Suppressed by the DfE' : 'Not published';
  return `${formatCount(count)}${share === null || share === undefined ? '' : ` (${share.toFixed(1)}%)`}`;
}

export function SchoolCensusList({ census }: { census: SchoolCensusData | null | undefined }) {
  if (!census) {
    return <p class="govuk-body">The DfE's school census files hold no figures for this school.</p>;
  }
  const hidden = (figure: CensusFigure) => census.suppressed.includes(figure);
  return (
    <SummaryList>
      <SummaryRow name="Pupils on roll" testId="census-pupils">
        {countWith(census.pupils, null, hidden('PUPILS'))}
      </SummaryRow>
      <SummaryRow name="SEN support" testId="census-sen-support">
        {countWith(census.senSupport, census.senSupportPercent, hidden('SEN_SUPPORT'))}
      </SummaryRow>
      <SummaryRow name="EHC plans" testId="census-ehc-plans">
        {countWith(census.ehcPlans, census.ehcPlanPercent, hidden('EHC_PLANS'))}
      </SummaryRow>
      <SummaryRow name="Eligible for free school meals" testId="census-fsm">
        {census.fsmPercent === null || census.fsmPercent === undefined
          ? hidden('FSM_PERCENT')
            ? 'Suppressed by the DfE'
            : 'Not published'
          : `${census.fsmPercent.toFixed(1)}%`}
      </SummaryRow>
    </SummaryList>
  );
}

interface SummaryData {
  periodLabel?: Maybe<string>;
  schoolCount: number;
  schoolsWithFigures: number;
  pupils: number;
  senSupport: number;
  senSupportPercent?: Maybe<number>;
  ehcPlans: number;
  ehcPlanPercent?: Maybe<number>;
  schoolsWithFsm: number;
  fsmPercent?: Maybe<number>;
}

/** A council's or trust's schools' census added up, saying how many schools the sums are over. */
export function CensusSummarySection({ summary, of }: { summary: SummaryData; of: string }) {
  const period = summary.periodLabel ?? 'school census';
  return (
    <section aria-labelledby="census-title" data-testid="census-summary">
      <h2 class="govuk-heading-l" id="census-title">
        Pupils and SEN in {of}'s schools <span class="govuk-caption-m">{period}</span>
      </h2>
      {summary.schoolsWithFigures === 0 ? (
        <p class="govuk-body">The DfE's school census files hold no figures for these schools.</p>
      ) : (
        <>
          <p class="govuk-body-s">
            Added up over the {formatCount(summary.schoolsWithFigures)} of {formatCount(summary.schoolCount)} open
            schools with figures in the {period}; free school meals over {formatCount(summary.schoolsWithFsm)}.
          </p>
          <SummaryList>
            <SummaryRow name="Pupils on roll" testId="census-pupils">
              {formatCount(summary.pupils)}
            </SummaryRow>
            <SummaryRow name="SEN support" testId="census-sen-support">
              {formatCount(summary.senSupport)} ({censusPercent(summary.senSupportPercent)})
            </SummaryRow>
            <SummaryRow name="EHC plans" testId="census-ehc-plans">
              {formatCount(summary.ehcPlans)} ({censusPercent(summary.ehcPlanPercent)})
            </SummaryRow>
            <SummaryRow name="Eligible for free school meals" testId="census-fsm">
              {censusPercent(summary.fsmPercent)}
            </SummaryRow>
          </SummaryList>
        </>
      )}
    </section>
  );
}

type Census = { senSupportPercent?: number | null; ehcPlanPercent?: number | null; fsmPercent?: number | null };

/** A school's census percentages as three cells (the period is in the table's caption). */
export function CensusCells({ census }: { census: Census | null | undefined }) {
  const cell = (value: number | null | undefined) => (census ? censusPercent(value) : 'No figures');
  return (
    <>
      <Cell numeric testId="sen-support-percent">
        {cell(census?.senSupportPercent)}
      </Cell>
      <Cell numeric testId="ehc-plan-percent">
        {cell(census?.ehcPlanPercent)}
      </Cell>
      <Cell numeric testId="fsm-percent">
        {cell(census?.fsmPercent)}
      </Cell>
    </>
  );
}
