// The derived status the job writes onto a school's summary, written only when it changes.
import { statusForDue } from './award-status.js';
import { dateInWords } from './calendar.js';
import { awardName } from './labels.js';
import type { IsoDate, SchoolSummary } from './records.js';
import type { AwardLevel, AwardStatus } from './vocabulary.js';

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

/** In words for the school's history: the award by its level (its id stays in the record), dates as people write. */
export function describeFlag(flag: StatusFlag, award: { level: AwardLevel; nextDueOn?: IsoDate } | undefined): string {
  const which = award ? `The ${awardName(award.level)}` : 'The award';
  const due = award?.nextDueOn ? `; next due ${dateInWords(award.nextDueOn)}` : '';
  return `${which} is now ${WORDS[flag.after]} (was ${WORDS[flag.before]})${due}`;
}
