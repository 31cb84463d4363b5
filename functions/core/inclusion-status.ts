// A school's inclusion picture, from its denormalised summary alone: the award that stands and the latest inspection.
import { awardStands, statusForDue } from './award-status.js';
import type { CategoryOfConcern } from './ofsted-outcome.js';
import type { InspectionSummaryEntry, IsoDate, SchoolRecord, SchoolSummary } from './records.js';
import { newestInspectionOf } from './school-summary.js';
import type { AwardLevel, AwardStatus, LegacyGrade, ReportCardGrade, Safeguarding } from './vocabulary.js';

export interface InclusionStatusView {
  /** The latest open award's id, level, status and due date: LAPSED too, as the list filter and summary count it. */
  awardId: string | null;
  awardLevel: AwardLevel | null;
  awardStatus: AwardStatus | null;
  nextDueOn: IsoDate | null;
  latestInspectionOn: IsoDate | null;
  inclusionGrade: ReportCardGrade | null;
  legacyOverallGrade: LegacyGrade | null;
  safeguarding: Safeguarding | null;
  /** The standing graded inspection's date (the grades above come from it). */
  gradedInspectionOn: IsoDate | null;
  /** The predecessor URN the standing graded outcome was made under; null when it is the school's own. */
  gradedInheritedFromUrn: string | null;
  categoryOfConcern: CategoryOfConcern | null;
  /** The latest ungraded or monitoring inspection since the standing graded one. */
  ungradedInspectionOn: IsoDate | null;
  ungradedOutcome: string | null;
  /** The standing graded inspection's key judgements (legacy) or evaluations (report card), as summarised. */
  judgements: NonNullable<InspectionSummaryEntry['judgements']>;
  evaluations: NonNullable<InspectionSummaryEntry['evaluations']>;
  /** The graded outcome the standing one replaced. */
  previousGradedInspectionOn: IsoDate | null;
  previousLegacyOverallGrade: LegacyGrade | null;
  previousInclusionGrade: ReportCardGrade | null;
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

export function inclusionStatus(school: Pick<SchoolRecord, 'urn' | 'summary'>, today: IsoDate): InclusionStatusView {
  const { summary } = school;
  const award = summary.award
    ? { ...summary.award, status: statusForDue(summary.award.level, summary.award.nextDueOn, today) }
    : null;
  const graded = summary.latestInspection;
  const ungraded = summary.ungradedSince;
  return {
    awardId: award?.awardId ?? null,
    awardLevel: award?.level ?? null,
    awardStatus: award?.status ?? null,
    nextDueOn: award?.nextDueOn ?? null,
    latestInspectionOn: newestInspectionOf(summary)?.inspectedOn ?? null,
    inclusionGrade: graded?.inclusionGrade ?? null,
    legacyOverallGrade: graded?.overallEffectiveness ?? null,
    safeguarding: graded?.safeguarding ?? null,
    gradedInspectionOn: graded?.inspectedOn ?? null,
    gradedInheritedFromUrn: inheritedFromUrn(school),
    categoryOfConcern: graded?.categoryOfConcern ?? null,
    ungradedInspectionOn: ungraded?.inspectedOn ?? null,
    ungradedOutcome: ungraded?.outcome ?? null,
    judgements: graded?.judgements ?? [],
    evaluations: graded?.evaluations ?? [],
    previousGradedInspectionOn: summary.previousGraded?.inspectedOn ?? null,
    previousLegacyOverallGrade: summary.previousGraded?.overallEffectiveness ?? null,
    previousInclusionGrade: summary.previousGraded?.inclusionGrade ?? null,
  };
}

/** Record ids carry their URN (I-140412-20230615-x7k2); summaries written before `urn` was kept are read so. */
const recordUrn = (id: string) => /^[AI]-(\d+)-/.exec(id)?.[1];

/** The predecessor URN the standing graded outcome was made under; null when it is the school's own (or none). */
export function inheritedFromUrn(school: Pick<SchoolRecord, 'urn' | 'summary'>): string | null {
  const graded = school.summary.latestInspection;
  const madeUnder = graded?.urn ?? (graded ? recordUrn(graded.inspectionId) : undefined);
  return madeUnder && madeUnder !== school.urn ? madeUnder : null;
}

/** Safeguarding found wanting: not effective (legacy) or not met (report card). */
export const isSafeguardingConcern = (safeguarding: Safeguarding | null | undefined) =>
  safeguarding === 'NOT_EFFECTIVE' || safeguarding === 'NOT_MET';
