// A set of schools' inclusion picture: tiles for the numbers people look for first, then each chart beside its
// numbers as a table (for screen readers, print and copying into a report).
import {
  awardLevelLabels,
  awardStatusLabels,
  legacyGradeLabels,
  reportCardGradeLabels,
} from '../../../functions/core/labels.js';
import { formatCount, formatDate, formatShare } from '../format.js';
import type { AwardLevel, AwardStatus, LegacyGrade, ReportCardGrade } from '../generated/graphql.js';
import { BarChart } from './bar-chart.js';

export interface SummaryData {
  asOf: string;
  schoolCount: number;
  withStandingAward: number;
  shareWithStandingAward: number;
  dueWithin30Days: number;
  dueWithin90Days: number;
  overdue: number;
  safeguardingConcerns: number;
  withoutPartnerAgency: number;
  byAwardStatus: readonly { status: AwardStatus; count: number }[];
  byAwardLevel: readonly { level: AwardLevel; count: number }[];
  inspectionOutcomes: {
    reportCardInclusion: readonly { grade: ReportCardGrade; count: number }[];
    legacyOverall: readonly { grade: LegacyGrade; count: number }[];
    ungraded: number;
    withUngradedSince: number;
    inherited: number;
    inCategoryOfConcern: number;
    neverInspected: number;
  };
  dataSources: readonly { kind: string; file: string; asAt: string }[];
}

export function AsAt({ sources, asOf }: { sources: SummaryData['dataSources']; asOf: string }) {
  const ofsted = sources.find((source) => source.kind === 'ofsted-outcomes');
  const gias = sources.filter((source) => source.kind.startsWith('gias')).map((source) => source.asAt);
  return (
    <p class="govuk-body-s" data-testid="as-at">
      Award statuses as at {formatDate(asOf)}.{ofsted ? ` Ofsted outcomes as at ${formatDate(ofsted.asAt)}.` : ''}
      {gias.length > 0 ? ` Schools and trusts from GIAS as at ${formatDate(gias.sort().at(-1))}.` : ''}
    </p>
  );
}

/** A day `days` after an ISO date, as ISO text (the list's date filters). */
const dayAfter = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The numbers people look for first. Given `listHref` (the set's school list), each tile links to the list it counts,
 * its filter in the address; the second element of each tile is that filter.
 */
export function SummaryTiles({ summary, listHref }: { summary: SummaryData; listHref?: string }) {
  const outcomes = summary.inspectionOutcomes;
  const today = summary.asOf;
  const due = (days: number) => `dueOnOrAfter=${today}&dueBefore=${dayAfter(today, days)}&sort=DUE_DATE`;
  const tiles: [string, string, number, string][] = [
    ['schools', '', summary.schoolCount, summary.schoolCount === 1 ? 'open school' : 'open schools'],
    [
      'standing-award',
      'withStandingAward=true',
      summary.withStandingAward,
      `with a standing IQM award (${formatShare(summary.shareWithStandingAward)})`,
    ],
    [
      'no-award',
      'withStandingAward=false',
      summary.schoolCount - summary.withStandingAward,
      'without a standing award',
    ],
    ['due-30', due(30), summary.dueWithin30Days, 'reviews due within 30 days'],
    ['due-90', due(90), summary.dueWithin90Days, 'due within 90 days'],
    ['overdue', `dueBefore=${dayAfter(today, -1)}&sort=DUE_DATE`, summary.overdue, 'overdue (within grace)'],
    [
      'safeguarding',
      'safeguardingConcern=true',
      summary.safeguardingConcerns,
      'safeguarding concerns at the latest inspection',
    ],
    ['concern', 'inCategoryOfConcern=true', outcomes.inCategoryOfConcern, 'in special measures or serious weaknesses'],
    ['never-inspected', 'neverInspected=true', outcomes.neverInspected, 'never inspected'],
    ['inherited', 'inheritedOutcome=true', outcomes.inherited, 'with an Ofsted outcome inherited from a predecessor'],
    ['no-partner', 'withoutPartnerAgency=true', summary.withoutPartnerAgency, 'without a partner agency'],
  ];
  return (
    <ul class="beacon-tiles" aria-label="Summary">
      {tiles.map(([key, filter, count, text]) => {
        const content = (
          <>
            <span class="beacon-tile__value">{formatCount(count)}</span>
            <span class="beacon-tile__label">{text}</span>
          </>
        );
        return (
          <li class="beacon-tile" key={key} data-testid={`tile-${key}`}>
            {listHref ? (
              <a class="govuk-link beacon-tile__link" href={filter ? `${listHref}?${filter}` : listHref}>
                {content}
              </a>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function SummaryCharts({ summary }: { summary: SummaryData }) {
  const outcomes = summary.inspectionOutcomes;
  return (
    <>
      <BarChart
        title="IQM award status"
        caption="Each school's latest open award (schools without one are not counted)"
        rows={summary.byAwardStatus.map(({ status, count }) => ({ label: awardStatusLabels[status], count }))}
      />
      <BarChart
        title="Standing awards by level"
        rows={summary.byAwardLevel.map(({ level, count }) => ({ label: awardLevelLabels[level], count }))}
      />
      <BarChart
        title="Ofsted: 2025 report cards, by Inclusion grade"
        caption="Schools whose standing graded inspection is a report card"
        rows={outcomes.reportCardInclusion.map(({ grade, count }) => ({ label: reportCardGradeLabels[grade], count }))}
      />
      <BarChart
        title="Ofsted: graded inspections before the report cards, by overall effectiveness"
        caption="Graded inspections from September 2024 give no overall grade and are counted below"
        rows={[
          ...outcomes.legacyOverall.map(({ grade, count }) => ({ label: legacyGradeLabels[grade], count })),
          { label: 'No overall grade', count: outcomes.ungraded },
        ]}
      />
      <BarChart
        title="Ofsted: other outcomes"
        caption={
          'Counted apart: an ungraded visit never replaces a grade, and an inherited outcome was made under a ' +
          'predecessor'
        }
        rows={[
          { label: 'Ungraded inspection since the graded one', count: outcomes.withUngradedSince },
          { label: 'Graded outcome inherited from a predecessor', count: outcomes.inherited },
          { label: 'Special measures or serious weaknesses', count: outcomes.inCategoryOfConcern },
          { label: 'Never inspected', count: outcomes.neverInspected },
        ]}
      />
    </>
  );
}
