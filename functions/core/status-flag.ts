// The derived status the job writes onto a school's summary, written only when it changes.
import { statusForDue } from './award-status.js';
import type { IsoDate, SchoolSummary } from './records.js';
import type { AwardStatus } from './vocabulary.js';

export interface StatusFlag {
  awardId: string;
  before: AwardStatus;
  after: AwardStatus;
}

/** The summary award's new flag on `today`, or null when the stored flag is already right. */
export function statusFlagChange(summary: SchoolSummary, today: IsoDate): StatusFlag | null {
  const award = summary.award;
  if (!award) return null;
  const before = award.status ?? 'CURRENT';
  const after = statusForDue(award.level, award.nextDueOn, today);
  return before === after ? null : { awardId: award.awardId, before, after };
}

/** The summary with the flag applied. */
export function flaggedSummary(summary: SchoolSummary, flag: StatusFlag, today: IsoDate): SchoolSummary {
  if (!summary.award) return summary;
  return { ...summary, award: { ...summary.award, status: flag.after, flaggedOn: today } };
}

const WORDS: Record<AwardStatus, string> = {
  CURRENT: 'current',
  DUE_SOON: 'due soon',
  DUE: 'due today',
  OVERDUE: 'overdue',
  LAPSED: 'lapsed',
  WITHDRAWN: 'withdrawn',
  SUPERSEDED: 'superseded',
};

export function describeFlag(flag: StatusFlag, dueOn: IsoDate | undefined): string {
  return (
    `Award ${flag.awardId} is now ${WORDS[flag.after]} (was ` +
    `${WORDS[flag.before]})${dueOn ? `; next due ${dueOn}` : ''}`
  );
}
