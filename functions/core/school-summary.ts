// The denormalised summary a school item carries, derived from its own records.
import type { InspectionRecord, SchoolSummary } from './records.js';

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
  return !current || candidate.inspectedOn > current.inspectedOn ||
    (candidate.inspectedOn === current.inspectedOn && candidate.id > current.inspectionId);
}
