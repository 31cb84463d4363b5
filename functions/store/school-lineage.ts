// A school and the establishments it replaced (academy conversion gives a new URN; history follows it).
import type { SchoolRecord } from '../core/records.js';

/** Conversions rarely chain more than twice; the cap guards against a cycle in bad link data. */
const MAX_GENERATIONS = 4;

/** The school and its predecessors, generation by generation: one batch read per generation. */
export async function schoolLineage(
  school: SchoolRecord,
  loadSchools: (urns: readonly string[]) => Promise<SchoolRecord[]>,
): Promise<SchoolRecord[]> {
  const lineage = [school];
  const seen = new Set([school.urn]);
  let generation = [school];
  for (let depth = 0; depth < MAX_GENERATIONS && generation.length > 0; depth += 1) {
    const urns = generation
      .flatMap((member) => member.predecessors.map((link) => link.urn))
      .filter((urn) => !seen.has(urn));
    for (const urn of urns) seen.add(urn);
    generation = await loadSchools(urns);
    lineage.push(...generation);
  }
  return lineage;
}
