// The denormalised summary a school item carries, derived from its own records.
import { nextDue } from './award-status.js';
import type { AwardRecord, InspectionRecord, InspectionSummaryEntry, SchoolSummary } from './records.js';
import { AWARD_LEVELS, REPORT_CARD_AREAS } from './vocabulary.js';

export function inspectionSummary(inspection: InspectionRecord): InspectionSummaryEntry {
  const legacy = inspection.framework === 'LEGACY' ? inspection : undefined;
  return {
    inspectionId: inspection.id,
    urn: inspection.urn,
    framework: inspection.framework,
    inspectedOn: inspection.inspectedOn,
    inclusionGrade:
      inspection.framework === 'REPORT_CARD'
        ? inspection.evaluations.find((evaluation) => evaluation.area === 'INCLUSION')?.grade
        : undefined,
    overallEffectiveness: legacy?.overallEffectiveness,
    safeguarding: inspection.safeguarding,
    categoryOfConcern: legacy?.categoryOfConcern,
    outcome: legacy?.outcome,
    provenance: inspection.provenance,
    ...(legacy && legacy.judgements.length > 0 ? { judgements: legacy.judgements } : {}),
    ...(inspection.framework === 'REPORT_CARD' && inspection.evaluations.length > 0
      ? {
          evaluations: [...inspection.evaluations].sort(
            (a, b) => REPORT_CARD_AREAS.indexOf(a.area) - REPORT_CARD_AREAS.indexOf(b.area),
          ),
        }
      : {}),
  };
}

/** A graded inspection stands until the next graded one; ungraded and monitoring visits do not replace it. */
export const isGradedInspection = (inspection: InspectionRecord) =>
  inspection.framework === 'REPORT_CARD' ? inspection.visit !== 'MONITORING' : inspection.type === 'GRADED';

const isNewer = (candidate: InspectionSummaryEntry, current: InspectionSummaryEntry | undefined) =>
  !current ||
  candidate.inspectedOn > current.inspectedOn ||
  (candidate.inspectedOn === current.inspectedOn && candidate.inspectionId > current.inspectionId);

/** The summary with `inspection` taken in, or null when it changes nothing (an older or lesser visit). */
export function withInspection(summary: SchoolSummary, inspection: InspectionRecord): SchoolSummary | null {
  const entry = inspectionSummary(inspection);
  const { latestInspection: graded, ungradedSince } = summary;
  if (isGradedInspection(inspection)) {
    if (!isNewer(entry, graded)) return withPreviousGraded(summary, entry);
    const { ungradedSince: _dropped, previousGraded: _replaced, ...rest } = summary;
    const previous = graded ? { previousGraded: graded } : {};
    return ungradedSince && isNewer(ungradedSince, entry)
      ? { ...rest, latestInspection: entry, ungradedSince, ...previous }
      : { ...rest, latestInspection: entry, ...previous };
  }
  if (graded && !isNewer(entry, graded)) return null;
  if (!isNewer(entry, ungradedSince)) return null;
  return { ...summary, ungradedSince: entry };
}

/** An older graded inspection becomes the previous graded outcome when it is newer than the one held. */
function withPreviousGraded(summary: SchoolSummary, entry: InspectionSummaryEntry): SchoolSummary | null {
  if (entry.inspectionId === summary.latestInspection?.inspectionId) return null;
  return isNewer(entry, summary.previousGraded) ? { ...summary, previousGraded: entry } : null;
}

/** The newest inspection of either kind, for "latest inspection" sorts and dates. */
export function newestInspectionOf(summary: SchoolSummary): InspectionSummaryEntry | undefined {
  const { latestInspection: graded, ungradedSince } = summary;
  return ungradedSince && isNewer(ungradedSince, graded) ? ungradedSince : graded;
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
    provenance: best.provenance,
  };
}
