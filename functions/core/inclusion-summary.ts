// The inclusion picture of a set of schools on one day, from their denormalised summaries alone.
import { awardPolicy } from './award-policy.js';
import { daysBetween } from './calendar.js';
import { inclusionStatus, standingAward } from './inclusion-status.js';
import type { IsoDate, SchoolRecord } from './records.js';
import { activePartnerCount, hasSafeguardingConcern, openAwardStatus } from './school-filter.js';
import {
  AWARD_LEVELS,
  AWARD_STATUSES,
  LEGACY_GRADES,
  REPORT_CARD_GRADES,
  type AwardLevel,
  type AwardStatus,
  type LegacyGrade,
  type ReportCardGrade,
} from './vocabulary.js';

export interface InclusionSummaryView {
  asOf: IsoDate;
  schoolCount: number;
  withStandingAward: number;
  shareWithStandingAward: number;
  byAwardLevel: { level: AwardLevel; count: number }[];
  byAwardStatus: { status: AwardStatus; count: number }[];
  dueWithin30Days: number;
  dueWithin90Days: number;
  overdue: number;
  inspectionOutcomes: {
    reportCardInclusion: { grade: ReportCardGrade; count: number }[];
    legacyOverall: { grade: LegacyGrade; count: number }[];
    ungraded: number;
    withUngradedSince: number;
    inherited: number;
    inCategoryOfConcern: number;
    neverInspected: number;
  };
  safeguardingConcerns: number;
  withoutPartnerAgency: number;
  illustrativeSchools: number;
}

function tally<T extends string>(values: readonly T[], order: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>(order.map((value) => [value, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function summariseInclusion(schools: readonly SchoolRecord[], today: IsoDate): InclusionSummaryView {
  const standing = schools.map((school) => standingAward(school.summary, today)).filter((award) => award !== null);
  const statuses = schools.map((school) => openAwardStatus(school, today)).filter((status) => status !== null);
  const daysToDue = standing.flatMap((award) => (award.nextDueOn ? [daysBetween(today, award.nextDueOn)] : []));
  const latest = schools.map((school) => school.summary.latestInspection);
  const reportCard = latest.flatMap((inspection) => (inspection?.inclusionGrade ? [inspection.inclusionGrade] : []));
  const legacy = latest.flatMap((inspection) =>
    inspection && !inspection.inclusionGrade && inspection.overallEffectiveness
      ? [inspection.overallEffectiveness]
      : [],
  );
  const levels = tally(
    standing.map((award) => award.level),
    AWARD_LEVELS,
  );
  const statusCounts = tally(statuses, AWARD_STATUSES);
  const reportCardCounts = tally(reportCard, REPORT_CARD_GRADES);
  const legacyCounts = tally(legacy, LEGACY_GRADES);
  const inspected = latest.filter((inspection) => inspection !== undefined).length;
  return {
    asOf: today,
    schoolCount: schools.length,
    withStandingAward: standing.length,
    shareWithStandingAward: schools.length === 0 ? 0 : standing.length / schools.length,
    byAwardLevel: AWARD_LEVELS.map((level) => ({ level, count: levels.get(level) ?? 0 })),
    byAwardStatus: AWARD_STATUSES.map((status) => ({ status, count: statusCounts.get(status) ?? 0 })),
    dueWithin30Days: daysToDue.filter((days) => days >= 0 && days <= 30).length,
    dueWithin90Days: daysToDue.filter((days) => days >= 0 && days <= awardPolicy.dueSoonDays).length,
    overdue: daysToDue.filter((days) => days < 0).length,
    inspectionOutcomes: {
      reportCardInclusion: REPORT_CARD_GRADES.map((grade) => ({ grade, count: reportCardCounts.get(grade) ?? 0 })),
      legacyOverall: LEGACY_GRADES.map((grade) => ({ grade, count: legacyCounts.get(grade) ?? 0 })),
      ungraded: inspected - reportCard.length - legacy.length,
      withUngradedSince: schools.filter((school) => school.summary.ungradedSince).length,
      inherited: schools.filter((school) => inclusionStatus(school, today).gradedInheritedFromUrn).length,
      inCategoryOfConcern: latest.filter(
        (inspection) =>
          inspection?.categoryOfConcern === 'SPECIAL_MEASURES' ||
          inspection?.categoryOfConcern === 'SERIOUS_WEAKNESSES',
      ).length,
      neverInspected: schools.filter((school) => !school.summary.latestInspection && !school.summary.ungradedSince)
        .length,
    },
    safeguardingConcerns: schools.filter(hasSafeguardingConcern).length,
    withoutPartnerAgency: schools.filter((school) => activePartnerCount(school) === 0).length,
    illustrativeSchools: schools.filter(({ summary }) =>
      [summary.award, summary.latestInspection, summary.ungradedSince].some(
        (fact) => fact?.provenance === 'ILLUSTRATIVE',
      ),
    ).length,
  };
}
