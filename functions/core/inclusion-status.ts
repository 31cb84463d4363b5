// A school's inclusion picture, from its denormalised summary alone: the award that stands and the latest inspection.
import { awardStands, statusForDue } from './award-status.js';
import type { IsoDate, SchoolSummary } from './records.js';
import type { AwardLevel, AwardStatus, LegacyGrade, ReportCardGrade, Safeguarding } from './vocabulary.js';

export interface InclusionStatusView {
  awardLevel: AwardLevel | null;
  awardStatus: AwardStatus | null;
  nextDueOn: IsoDate | null;
  latestInspectionOn: IsoDate | null;
  inclusionGrade: ReportCardGrade | null;
  legacyOverallGrade: LegacyGrade | null;
  safeguarding: Safeguarding | null;
}

/** The summarised award while it stands on `today`; null once it has lapsed. */
export function standingAward(
  summary: SchoolSummary,
  today: IsoDate,
): (NonNullable<SchoolSummary['award']> & { status: AwardStatus }) | null {
  if (!summary.award) return null;
  const status = statusForDue(summary.award.level, summary.award.nextDueOn, today);
  return awardStands(status) ? { ...summary.award, status } : null;
}

export function inclusionStatus(summary: SchoolSummary, today: IsoDate): InclusionStatusView {
  const award = standingAward(summary, today);
  const latestInspection = summary.latestInspection;
  return {
    awardLevel: award?.level ?? null,
    awardStatus: award?.status ?? null,
    nextDueOn: award?.nextDueOn ?? null,
    latestInspectionOn: latestInspection?.inspectedOn ?? null,
    inclusionGrade: latestInspection?.inclusionGrade ?? null,
    legacyOverallGrade: latestInspection?.overallEffectiveness ?? null,
    safeguarding: latestInspection?.safeguarding ?? null,
  };
}
