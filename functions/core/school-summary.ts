// The denormalised summary a school item carries, derived from its own records.
import { nextDue } from './award-status.js';
import type { AwardRecord, InspectionRecord, SchoolSummary } from './records.js';
import { AWARD_LEVELS } from './vocabulary.js';

export function inspectionSummary(inspection: InspectionRecord): NonNullable<SchoolSummary['latestInspection']> {
  return {
    inspectionId: inspection.id,
    framework: inspection.framework,
    inspectedOn: inspection.inspectedOn,
    inclusionGrade:
      inspection.framework === 'REPORT_CARD'
        ? inspection.evaluations.find((evaluation) => evaluation.area === 'INCLUSION')?.grade
        : undefined,
    overallEffectiveness: inspection.framework === 'LEGACY' ? inspection.overallEffectiveness : undefined,
    safeguarding: inspection.safeguarding,
  };
}

/** Whether `candidate` is newer than the school's current latest inspection. */
export function isNewerInspection(candidate: InspectionRecord, current: SchoolSummary['latestInspection']): boolean {
  return (
    !current ||
    candidate.inspectedOn > current.inspectedOn ||
    (candidate.inspectedOn === current.inspectedOn && candidate.id > current.inspectionId)
  );
}

/** The open award of highest level (latest of that level); lapse is judged at read time, against today. */
export function awardSummary(awards: readonly AwardRecord[]): SchoolSummary['award'] {
  let best: AwardRecord | undefined;
  for (const award of awards) {
    if (award.withdrawnOn || award.supersededOn) continue;
    const rank = AWARD_LEVELS.indexOf(award.level);
    if (
      !best ||
      rank > AWARD_LEVELS.indexOf(best.level) ||
      (rank === AWARD_LEVELS.indexOf(best.level) && award.awardedOn > best.awardedOn)
    ) {
      best = award;
    }
  }
  if (!best) return undefined;
  const due = nextDue(best);
  return {
    awardId: best.id,
    level: best.level,
    awardedOn: best.awardedOn,
    nextDueOn: due?.dueOn,
    nextDueKind: due?.kind,
  };
}
