// Derives an award's next due date and status from its record, the policy and an injected today.

import { awardPolicy } from './award-policy.js';
import { addCalendarYears, daysBetween } from './calendar.js';
import type { AwardDue, AwardRecord, IsoDate } from './records.js';
import type { AwardLevel, AwardStatus } from './vocabulary.js';

type AwardDates = Pick<AwardRecord, 'level' | 'awardedOn' | 'reviews' | 'withdrawnOn' | 'supersededOn'>;

/** Next review (one per anniversary of the award) or reassessment date; null once the award is closed. */
export function nextDue(award: AwardDates): AwardDue | null {
  if (award.withdrawnOn || award.supersededOn) return null;
  const policy = awardPolicy.levels[award.level];
  if (policy.reviewIntervalYears !== null) {
    const reviewsDone = award.reviews.length;
    return {
      dueOn: addCalendarYears(award.awardedOn, policy.reviewIntervalYears * (reviewsDone + 1)),
      kind: 'ANNUAL_REVIEW',
    };
  }
  if (policy.validityYears !== null) {
    return { dueOn: addCalendarYears(award.awardedOn, policy.validityYears), kind: 'REASSESSMENT' };
  }
  return null;
}

/** Status of an open award of `level` whose next review or reassessment is `dueOn`. */
export function statusForDue(level: AwardLevel, dueOn: IsoDate | null | undefined, today: IsoDate): AwardStatus {
  if (!dueOn) return 'CURRENT';
  const daysToDue = daysBetween(today, dueOn);
  if (daysToDue > awardPolicy.dueSoonDays) return 'CURRENT';
  if (daysToDue > 0) return 'DUE_SOON';
  if (daysToDue === 0) return 'DUE';
  return -daysToDue <= awardPolicy.levels[level].graceDays ? 'OVERDUE' : 'LAPSED';
}

export function awardStatus(award: AwardDates, today: IsoDate): AwardStatus {
  if (award.withdrawnOn && award.withdrawnOn <= today) return 'WITHDRAWN';
  if (award.supersededOn && award.supersededOn <= today) return 'SUPERSEDED';
  return statusForDue(award.level, nextDue(award)?.dueOn, today);
}

const STANDING: ReadonlySet<AwardStatus> = new Set(['CURRENT', 'DUE_SOON', 'DUE', 'OVERDUE']);

/** True while the award still stands (it may be due, but has not lapsed or been closed). */
export function awardStands(status: AwardStatus): boolean {
  return STANDING.has(status);
}
