// A school's inclusion picture: the award that stands and the latest inspection outcome.
import { awardStands, awardStatus, nextDue } from './award-status.js';
import type { AwardRecord, IsoDate, SchoolSummary } from './records.js';
import {
  AWARD_LEVELS,
  type AwardLevel,
  type AwardStatus,
  type LegacyGrade,
  type ReportCardGrade,
  type Safeguarding,
} from './vocabulary.js';

export interface InclusionStatusView {
  awardLevel: AwardLevel | null;
  awardStatus: AwardStatus | null;
  nextDueOn: IsoDate | null;
  latestInspectionOn: IsoDate | null;
  inclusionGrade: ReportCardGrade | null;
  legacyOverallGrade: LegacyGrade | null;
  safeguarding: Safeguarding | null;
}

/** The standing award of highest level; the most recent of that level when there are several. */
export function currentAward(awards: readonly AwardRecord[], today: IsoDate): AwardRecord | null {
  let best: AwardRecord | null = null;
  for (const award of awards) {
    if (!awardStands(awardStatus(award, today))) continue;
    if (
      !best ||
      AWARD_LEVELS.indexOf(award.level) > AWARD_LEVELS.indexOf(best.level) ||
      (award.level === best.level && award.awardedOn > best.awardedOn)
    ) {
      best = award;
    }
  }
  return best;
}

export function inclusionStatus(
  award: AwardRecord | null,
  latestInspection: SchoolSummary['latestInspection'] | null,
  today: IsoDate,
): InclusionStatusView {
  return {
    awardLevel: award?.level ?? null,
    awardStatus: award ? awardStatus(award, today) : null,
    nextDueOn: (award && nextDue(award)?.dueOn) ?? null,
    latestInspectionOn: latestInspection?.inspectedOn ?? null,
    inclusionGrade: latestInspection?.inclusionGrade ?? null,
    legacyOverallGrade: latestInspection?.overallEffectiveness ?? null,
    safeguarding: latestInspection?.safeguarding ?? null,
  };
}
