// The change events the seed's files already state, so a first start shows real changes of the last years: each
// school's openings, closures, trust joins (GIAS's joined dates) and conversions (GIAS's links or Ofsted's file), and
// the inspections Ofsted's file states taken in oldest first, so the latest graded outcome moves from the previous
// one on the latest date.
import {
  type ChangeKind,
  type ChangeOrigin,
  type ChangeRecord,
  importOrigin,
  inspectionChanges,
  schoolFactChanges,
  uniqueChanges,
} from '../../functions/core/change-feed.js';
import { descendants } from '../../functions/core/inspection-lineage.js';
import type { InspectionRecord, SchoolRecord, TrustRecord } from '../../functions/core/records.js';
import { withInspection } from '../../functions/core/school-summary.js';

/** The files each kind of fact came from, as the seed read them. */
export interface SeedChangeFiles {
  schools: string;
  links: string;
  memberships: string | null;
  outcomes: string | null;
}

export function seedChanges(
  schools: readonly SchoolRecord[],
  inspections: readonly InspectionRecord[],
  trusts: readonly TrustRecord[],
  files: SeedChangeFiles,
  recordedAt: string,
): ChangeRecord[] {
  const origin = (kind: string, file: string): ChangeOrigin => importOrigin(kind, file, recordedAt);
  const factOrigins: Partial<Record<ChangeKind, ChangeOrigin>> = {
    OPENED: origin('gias-lists', files.schools),
    CLOSED: origin('gias-lists', files.schools),
    CONVERTED: origin('gias-links', files.links),
    ...(files.memberships ? { JOINED_TRUST: origin('gias-groups', files.memberships) } : {}),
  };
  const names = new Map(trusts.map((trust) => [trust.uid, trust.name]));
  const facts = schools.flatMap((school) =>
    schoolFactChanges(null, school, origin('gias-lists', files.schools), (uid) => names.get(uid)).flatMap((change) => {
      const ofsted = files.outcomes && statedByOfsted(school, change) ? files.outcomes : null;
      const from = ofsted ? origin('ofsted-outcomes', ofsted) : factOrigins[change.kind];
      return from ? [{ ...change, source: from.source }] : [];
    }),
  );
  return uniqueChanges([
    ...facts,
    ...(files.outcomes ? inspectionEvents(schools, inspections, origin('ofsted-outcomes', files.outcomes)) : []),
  ]);
}

/** A conversion Ofsted's file states (a predecessor's URN), or the closure of a predecessor only it names. */
function statedByOfsted(school: SchoolRecord, change: ChangeRecord): boolean {
  if (change.kind === 'CONVERTED')
    return school.predecessors.some((link) => link.urn === change.relatedUrn && link.source !== undefined);
  const onlyOfsted = school.successors.length > 0 && school.successors.every((link) => link.source !== undefined);
  return change.kind === 'CLOSED' && onlyOfsted;
}

/** Each inspection taken into the summaries of its school and descendants, oldest first, as an import would. */
function inspectionEvents(
  schools: readonly SchoolRecord[],
  inspections: readonly InspectionRecord[],
  origin: ChangeOrigin,
): ChangeRecord[] {
  const current = new Map(schools.map((school) => [school.urn, { ...school, summary: {} }]));
  const ordered = [...inspections].sort((a, b) =>
    a.inspectedOn === b.inspectedOn ? (a.id < b.id ? -1 : 1) : a.inspectedOn < b.inspectedOn ? -1 : 1,
  );
  const changes: ChangeRecord[] = [];
  for (const inspection of ordered) {
    for (const member of descendants(inspection.urn, current)) {
      const summary = withInspection(member.summary, inspection);
      if (!summary) continue;
      changes.push(...inspectionChanges(member, member.summary, summary, origin));
      current.set(member.urn, { ...member, summary });
    }
  }
  return changes;
}
