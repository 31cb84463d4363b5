// The inclusion picture of a set of schools on one day, from their tally (see inclusion-tally.ts): awards' statuses
// are worked out against today from each award's level and due date; everything else is a count as kept.
import { awardPolicy } from './award-policy.js';
import { awardStands, statusForDue } from './award-status.js';
import { daysBetween } from './calendar.js';
import { AWARD, SCHOOLS, sumTallies, type Tally, tallyOf } from './inclusion-tally.js';
import type { IsoDate, SchoolRecord } from './records.js';
import {
  AWARD_LEVELS,
  AWARD_STATUSES,
  type AwardLevel,
  type AwardStatus,
  LEGACY_GRADES,
  type LegacyGrade,
  REPORT_CARD_GRADES,
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

/** The inclusion picture a tally stands for on `today`. */
export function summaryOfTally(tally: Tally, today: IsoDate): InclusionSummaryView {
  const count = (counter: string) => tally[counter] ?? 0;
  const levels = new Map<AwardLevel, number>();
  const statuses = new Map<AwardStatus, number>();
  let standing = 0;
  let due30 = 0;
  let due90 = 0;
  let overdue = 0;
  for (const [counter, schools] of Object.entries(tally)) {
    if (!counter.startsWith(AWARD) || schools === 0) continue;
    const [level, dueOn] = counter.slice(AWARD.length).split('|') as [AwardLevel, string];
    const status = statusForDue(level, dueOn || null, today);
    statuses.set(status, (statuses.get(status) ?? 0) + schools);
    if (!awardStands(status)) continue;
    standing += schools;
    levels.set(level, (levels.get(level) ?? 0) + schools);
    if (!dueOn) continue;
    const days = daysBetween(today, dueOn);
    if (days < 0) overdue += schools;
    else {
      if (days <= 30) due30 += schools;
      if (days <= awardPolicy.dueSoonDays) due90 += schools;
    }
  }
  const schoolCount = count(SCHOOLS);
  return {
    asOf: today,
    schoolCount,
    withStandingAward: standing,
    shareWithStandingAward: schoolCount === 0 ? 0 : standing / schoolCount,
    byAwardLevel: AWARD_LEVELS.map((level) => ({ level, count: levels.get(level) ?? 0 })),
    byAwardStatus: AWARD_STATUSES.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
    dueWithin30Days: due30,
    dueWithin90Days: due90,
    overdue,
    inspectionOutcomes: {
      reportCardInclusion: REPORT_CARD_GRADES.map((grade) => ({ grade, count: count(`reportCard|${grade}`) })),
      legacyOverall: LEGACY_GRADES.map((grade) => ({ grade, count: count(`legacy|${grade}`) })),
      ungraded: count('ungraded'),
      withUngradedSince: count('withUngradedSince'),
      inherited: count('inherited'),
      inCategoryOfConcern: count('inCategoryOfConcern'),
      neverInspected: count('neverInspected'),
    },
    safeguardingConcerns: count('safeguarding'),
    withoutPartnerAgency: count('withoutPartnerAgency'),
    illustrativeSchools: count('illustrative'),
  };
}

/** The picture of schools in hand (a comparison), the same way a kept tally gives it. */
export const summariseInclusion = (schools: readonly SchoolRecord[], today: IsoDate): InclusionSummaryView =>
  summaryOfTally(sumTallies(schools.map(tallyOf)), today);

/** England as a parent of its fields: nothing to hold, each field reads what it needs. */
export type EnglandView = Record<string, never>;
