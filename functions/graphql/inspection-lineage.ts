// A school's inspections follow academy conversions: its predecessors' inspections are included.
import type { InspectionRecord, SchoolRecord } from '../core/records.js';
import type { BeaconStore } from '../store/index.js';

export async function inspectionsOf(
  school: SchoolRecord,
  store: BeaconStore,
  includePredecessors: boolean,
): Promise<InspectionRecord[]> {
  const schools = includePredecessors ? await store.schools.lineage(school) : [school];
  const inspections = await store.inspections.existing(schools.flatMap((member) => member.inspectionIds));
  return inspections.sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : a.inspectedOn > b.inspectedOn ? -1 : 0));
}
