// The one rule for which award replaces which, by level and date, whichever is recorded first: used by grantAward,
// recordReassessment and recordAnnualReview, and so by the iqm-awards import, which grants through grantAward's code.
import { awardStands, awardStatus } from './award-status.js';
import type { AwardRecord, IsoDate } from './records.js';
import { AWARD_LEVELS } from './vocabulary.js';

const rank = (award: AwardRecord) => AWARD_LEVELS.indexOf(award.level);
const standsOn = (award: AwardRecord, day: IsoDate) => awardStands(awardStatus(award, day));

/**
 * True when `over` outranks `under`: a higher level, or the same level granted later. On the same level and day
 * the award being placed wins (it was recorded later, as a grant superseded a same-day award before this rule).
 */
function outranks(over: AwardRecord, under: AwardRecord, placed: AwardRecord): boolean {
  if (rank(over) !== rank(under)) return rank(over) > rank(under);
  if (over.awardedOn !== under.awardedOn) return over.awardedOn > under.awardedOn;
  return over.id === placed.id;
}

/**
 * The day `over` replaces `under`: once both are granted (the later award date), provided both still stand then;
 * null when one had lapsed, been withdrawn or been replaced before.
 */
function replacementDay(over: AwardRecord, under: AwardRecord): IsoDate | null {
  // The later of the two ISO dates.
  const day = [over.awardedOn, under.awardedOn].sort()[1] ?? over.awardedOn;
  return standsOn(over, day) && standsOn(under, day) ? day : null;
}

export interface PlacedAward {
  /** The award placed, closed as superseded when an award already held outranks it while it stands. */
  award: AwardRecord;
  /** The awards held that it replaces, closed on the day it does (their version increased). */
  superseded: AwardRecord[];
  /** The held award that replaces it, when one does. */
  supersededBy?: AwardRecord;
}

/**
 * An award is superseded, on the first day it is outranked by another that stands beside it (a higher level, or
 * the same level granted later), while it still stands itself. So a new award supersedes the standing awards it
 * outranks (an older one of the same or lower level, or a later one of lower level, from that one's award date),
 * and a back-dated or lower award is itself recorded as superseded when an award held outranks it while it stood:
 * it is never CURRENT beside it and never reminded. An award that lapsed or was withdrawn first is left as it is.
 */
export function placeAward(placed: AwardRecord, held: readonly AwardRecord[]): PlacedAward {
  const others = held.filter((other) => other.id !== placed.id);
  let award = placed;
  let supersededBy: AwardRecord | undefined;
  for (const other of others) {
    const day = outranks(other, placed, placed) ? replacementDay(other, placed) : null;
    if (day && (!award.supersededOn || day < award.supersededOn)) {
      award = { ...placed, supersededOn: day };
      supersededBy = other;
    }
  }
  const superseded = others.flatMap((other) => {
    const day = outranks(placed, other, placed) ? replacementDay(award, other) : null;
    return day ? [{ ...other, supersededOn: day, version: other.version + 1 }] : [];
  });
  return { award, superseded, ...(supersededBy ? { supersededBy } : {}) };
}
