// History that follows academy conversions: a school's inspections include its predecessors'.
import type { InspectionRecord, SchoolRecord } from '../../core/records.js';
import { loadExisting, type Loaders } from '../../store/loaders.js';

/** Conversions rarely chain more than twice; the cap guards against a cycle in bad link data. */
const MAX_GENERATIONS = 4;

/** The school and its predecessors, generation by generation (each generation is one batch read). */
export async function schoolLineage(school: SchoolRecord, loaders: Loaders): Promise<SchoolRecord[]> {
  const lineage = [school];
  const seen = new Set([school.urn]);
  let generation = [school];
  for (let depth = 0; depth < MAX_GENERATIONS && generation.length > 0; depth += 1) {
    const urns = generation.flatMap((member) => member.predecessors.map((link) => link.urn)).filter((urn) => !seen.has(urn));
    urns.forEach((urn) => seen.add(urn));
    generation = await loadExisting(loaders.school, urns);
    lineage.push(...generation);
  }
  return lineage;
}

export async function inspectionsOf(
  school: SchoolRecord,
  loaders: Loaders,
  includePredecessors: boolean,
): Promise<InspectionRecord[]> {
  const schools = includePredecessors ? await schoolLineage(school, loaders) : [school];
  const ids = schools.flatMap((member) => member.inspectionIds);
  const inspections = await loadExisting(loaders.inspection, ids);
  return inspections.sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : a.inspectedOn > b.inspectedOn ? -1 : 0));
}
