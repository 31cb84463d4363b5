// When two inspection records describe the same visit: same date and same kind (framework, and type for legacy).
import type { InspectionRecord } from './records.js';

export function describeInspectionKind(inspection: InspectionRecord): string {
  if (inspection.framework === 'LEGACY') return `legacy ${inspection.type.toLowerCase()}`;
  return inspection.visit === 'MONITORING' ? 'report-card monitoring' : 'report-card';
}

export function isSameInspection(a: InspectionRecord, b: InspectionRecord): boolean {
  return a.urn === b.urn && a.inspectedOn === b.inspectedOn && describeInspectionKind(a) === describeInspectionKind(b);
}
