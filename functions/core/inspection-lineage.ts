// Adding inspections to schools in bulk: each inspection belongs to the URN it was made under, and the summary of
// that school and of every school descended from it (across generations) takes it when it is their newest.
import { isSameInspection } from './inspection-identity.js';
import type { InspectionRecord, SchoolRecord } from './records.js';
import { withInspection } from './school-summary.js';

/** Conversions rarely chain more than twice; the cap guards against a cycle in bad link data. */
const MAX_GENERATIONS = 4;

/** The school and the held schools descended from it, nearest first. */
export function descendants(urn: string, schools: ReadonlyMap<string, SchoolRecord>): SchoolRecord[] {
  const start = schools.get(urn);
  if (!start) return [];
  const found = [start];
  const seen = new Set([urn]);
  let generation = [start];
  for (let depth = 0; depth < MAX_GENERATIONS && generation.length > 0; depth += 1) {
    const next = [...new Set(generation.flatMap((member) => member.successors.map((link) => link.urn)))].filter(
      (urn) => !seen.has(urn),
    );
    for (const urn of next) seen.add(urn);
    generation = next.flatMap((urn) => schools.get(urn) ?? []);
    found.push(...generation);
  }
  return found;
}

export interface LineageUpdate {
  /** The schools whose record changed, as they are now (version moved on by one per call). */
  changed: Map<string, SchoolRecord>;
  /** The inspections that were new. */
  added: InspectionRecord[];
  /** Inspections the school already had (same date and kind). */
  unchanged: InspectionRecord[];
}

/**
 * Adds `inspections` to `schools` (records the caller holds; each inspection's URN must be among them). An
 * inspection the school already lists by id, or that `existing` shows as the same visit, is unchanged.
 */
export function addInspections(
  schools: ReadonlyMap<string, SchoolRecord>,
  inspections: readonly InspectionRecord[],
  existing: readonly InspectionRecord[] = [],
): LineageUpdate {
  const current = new Map(schools);
  const changed = new Map<string, SchoolRecord>();
  const added: InspectionRecord[] = [];
  const unchanged: InspectionRecord[] = [];
  const known = new Map<string, InspectionRecord[]>();
  const remember = (inspection: InspectionRecord) =>
    known.set(inspection.urn, [...(known.get(inspection.urn) ?? []), inspection]);
  for (const inspection of existing) remember(inspection);
  const update = (next: SchoolRecord) => {
    const before = schools.get(next.urn);
    const versioned = { ...next, version: (before?.version ?? 0) + 1 };
    current.set(next.urn, versioned);
    changed.set(next.urn, versioned);
  };
  for (const inspection of inspections) {
    const owner = current.get(inspection.urn);
    if (!owner) throw new Error(`addInspections: school ${inspection.urn} was not given`);
    const sameVisit = (other: InspectionRecord) => isSameInspection(other, inspection);
    if (owner.inspectionIds.includes(inspection.id) || known.get(inspection.urn)?.some(sameVisit)) {
      unchanged.push(inspection);
      continue;
    }
    remember(inspection);
    added.push(inspection);
    update({ ...owner, inspectionIds: [inspection.id, ...owner.inspectionIds].sort().reverse() });
    for (const member of descendants(inspection.urn, current)) {
      const summary = withInspection(member.summary, inspection);
      if (summary) update({ ...member, summary });
    }
  }
  return { changed, added, unchanged };
}
