// A school and the establishments it replaced or that replaced it (academy conversion gives a new URN; history
// follows it): walked one generation at a time, one batch read per generation.
import type { SchoolLinkRecord, SchoolRecord } from '../../core/records.js';

/** Conversions rarely chain more than twice; the cap guards against a cycle in bad link data. */
const MAX_GENERATIONS = 4;

/** The held schools linked to `starts` across generations (predecessors or successors), the starts excluded. */
export async function linkedGenerations(
  starts: readonly SchoolRecord[],
  linksOf: (school: SchoolRecord) => readonly SchoolLinkRecord[],
  loadSchools: (urns: readonly string[]) => Promise<SchoolRecord[]>,
): Promise<SchoolRecord[]> {
  const found: SchoolRecord[] = [];
  const seen = new Set(starts.map((school) => school.urn));
  let generation = [...starts];
  for (let depth = 0; depth < MAX_GENERATIONS && generation.length > 0; depth += 1) {
    const urns = [...new Set(generation.flatMap((member) => linksOf(member).map((link) => link.urn)))].filter(
      (urn) => !seen.has(urn),
    );
    for (const urn of urns) seen.add(urn);
    generation = urns.length > 0 ? await loadSchools(urns) : [];
    found.push(...generation);
  }
  return found;
}

/** The school and its predecessors, generation by generation. */
export async function schoolLineage(
  school: SchoolRecord,
  loadSchools: (urns: readonly string[]) => Promise<SchoolRecord[]>,
): Promise<SchoolRecord[]> {
  return [school, ...(await linkedGenerations([school], (member) => member.predecessors, loadSchools))];
}
