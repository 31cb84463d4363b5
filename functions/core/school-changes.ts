// Changes a school's GIAS facts state, derived from the school before and after a write: opened, closed, joined or
// left a trust (on GIAS's joined date), converted (from the successor's links, so both sides derive one event).

import { type ChangeFacts, type ChangeOrigin, type ChangeRecord, changeRecord } from './change-record.js';
import type { SchoolRecord } from './records.js';

/** Trusts' names by UID, for "joined Dean Trust, The"; a trust Beacon does not name is shown by its UID. */
export type TrustNames = (uid: string) => string | undefined;

/** The school's part of every change about it. */
export const aboutSchool = (school: SchoolRecord) => ({
  urn: school.urn,
  schoolName: school.name,
  laCode: school.laCode,
  trustUid: school.trustUid,
});

export function schoolFactChanges(
  before: SchoolRecord | null,
  after: SchoolRecord,
  origin: ChangeOrigin,
  trustNames: TrustNames = () => undefined,
): ChangeRecord[] {
  const about = aboutSchool(after);
  const facts: ChangeFacts[] = [];
  if (after.openedOn && !before?.openedOn)
    facts.push({ ...about, kind: 'OPENED', happenedOn: after.openedOn, summary: 'Opened' });
  if (after.closedOn && !before?.closedOn)
    facts.push({ ...about, kind: 'CLOSED', happenedOn: after.closedOn, summary: 'Closed' });
  facts.push(...trustMoves(before, after, origin, trustNames));
  const held = new Set(before?.predecessors.map((link) => link.urn));
  for (const link of after.predecessors) {
    if (held.has(link.urn)) continue;
    const happenedOn = link.linkedOn ?? after.openedOn ?? origin.asAtDay;
    facts.push({
      ...about,
      kind: 'CONVERTED',
      happenedOn,
      summary: `${link.linkType || 'Predecessor'}: ${link.name} (${link.urn}) → ${after.name} (${after.urn})`,
      from: link.name,
      to: after.name,
      fromCode: link.urn,
      toCode: after.urn,
      relatedUrn: link.urn,
    });
  }
  return facts.map((fact) => changeRecord(fact, origin));
}

const trustLabel = (uid: string, names: TrustNames) => names(uid) ?? `trust ${uid}`;

/** A join on GIAS's joined date (the source's as-at day when it gives none); a move is a leave and a join. */
function trustMoves(
  before: SchoolRecord | null,
  after: SchoolRecord,
  origin: ChangeOrigin,
  names: TrustNames,
): ChangeFacts[] {
  const was = before?.trustUid;
  const now = after.trustUid;
  if (was === now) return [];
  // A school first held with a trust but no joined date: Beacon cannot say when it joined, so it says nothing.
  if (!before && !after.trustJoinedOn) return [];
  const happenedOn = (now && after.trustJoinedOn) || origin.asAtDay;
  const from = was ? trustLabel(was, names) : undefined;
  const to = now ? trustLabel(now, names) : undefined;
  const about = aboutSchool(after);
  const moves: ChangeFacts[] = [];
  if (was)
    moves.push({
      ...about,
      trustUid: was,
      kind: 'LEFT_TRUST',
      happenedOn,
      summary: `Left ${from}${to ? ` for ${to}` : ''}`,
      from,
      to,
      fromCode: was,
      toCode: now,
    });
  if (now)
    moves.push({
      ...about,
      kind: 'JOINED_TRUST',
      happenedOn,
      summary: `Joined ${to}${from ? ` from ${from}` : ''}`,
      from,
      to,
      fromCode: was,
      toCode: now,
    });
  return moves;
}
