// Ofsted's file names the URN each stated inspection was made under; a predecessor's URN there is Ofsted's own
// statement of lineage. A school opened after GIAS's links file was made has no link to that predecessor, so its
// inherited outcome would be lost: the statement becomes a link (with Ofsted as its source) and the predecessor,
// when Beacon does not hold it, a held closed school under the name Ofsted gives it.
import { addCalendarDays } from './calendar.js';
import { compact } from './compact.js';
import { descendants } from './inspection-lineage.js';
import type { OfstedOutcomes } from './ofsted-outcome.js';
import type { IsoDate, SchoolLinkRecord, SchoolRecord } from './records.js';
import { newSchoolRecord } from './school-record.js';

/** A predecessor Ofsted names for a school: the URN an inherited outcome was made under, with its name then. */
export interface StatedPredecessor {
  successorUrn: string;
  urn: string;
  name: string;
}

/** The predecessors a row of Ofsted's file states, once each (latest graded, previous graded, ungraded). */
export function statedPredecessors(row: OfstedOutcomes): StatedPredecessor[] {
  const byUrn = new Map<string, StatedPredecessor>();
  for (const outcome of [row.latestGraded, row.previousGraded, row.latestUngraded]) {
    if (!outcome || outcome.urn === row.urn || byUrn.has(outcome.urn)) continue;
    byUrn.set(outcome.urn, {
      successorUrn: row.urn,
      urn: outcome.urn,
      name: outcome.nameAtInspection ?? `URN ${outcome.urn}`,
    });
  }
  return [...byUrn.values()];
}

const link = (urn: string, name: string, linkType: string, source: string, linkedOn?: IsoDate): SchoolLinkRecord =>
  compact({ urn, name, linkType, linkedOn, source });

/** The successor with Ofsted's predecessor among its links; null when it already lists that URN (GIAS's or ours). */
export function withStatedPredecessor(
  successor: SchoolRecord,
  stated: StatedPredecessor,
  source: string,
): SchoolRecord | null {
  if (successor.predecessors.some((held) => held.urn === stated.urn)) return null;
  const predecessor = link(stated.urn, stated.name, 'Predecessor', source, successor.openedOn);
  return { ...successor, predecessors: [...successor.predecessors, predecessor], version: successor.version + 1 };
}

/**
 * The predecessor with the successor among its links. Not held: a new closed school as Ofsted names it, in the
 * successor's council, closed the day before the successor opened (GIAS's usual close date for a conversion).
 */
export function withStatedSuccessor(
  existing: SchoolRecord | null,
  successor: SchoolRecord,
  stated: StatedPredecessor,
  source: string,
): SchoolRecord | null {
  const back = link(successor.urn, successor.name, 'Successor', source, successor.openedOn);
  if (!existing) {
    return newSchoolRecord(
      compact({
        urn: stated.urn,
        name: stated.name,
        laCode: successor.laCode,
        closedOn: successor.openedOn ? addCalendarDays(successor.openedOn, -1) : undefined,
        successors: [back],
        source:
          `${source} (named as the URN of an inspection inherited by ${successor.urn}); ` +
          `laCode assumed equal to ${successor.urn}'s` +
          (successor.openedOn ? `; closedOn inferred: the day before ${successor.urn} opened` : ''),
      }),
    );
  }
  if (existing.successors.some((held) => held.urn === successor.urn)) return null;
  return { ...existing, successors: [...existing.successors, back], version: existing.version + 1 };
}

/**
 * The statements that add a link: the successor is held and the predecessor is not already its ancestor (Ofsted
 * names a grandparent for an older outcome when GIAS links the generations between).
 */
export function newStatements(
  stated: readonly StatedPredecessor[],
  schools: ReadonlyMap<string, SchoolRecord>,
): StatedPredecessor[] {
  return stated.filter(
    (statement) =>
      schools.has(statement.successorUrn) &&
      !descendants(statement.urn, schools).some((school) => school.urn === statement.successorUrn),
  );
}

/** Every statement applied to the schools in memory (the seed's path): the schools changed or added. */
export function applyStatedLineage(
  schools: ReadonlyMap<string, SchoolRecord>,
  stated: readonly StatedPredecessor[],
  source: string,
): Map<string, SchoolRecord> {
  const current = new Map(schools);
  const changed = new Map<string, SchoolRecord>();
  const put = (school: SchoolRecord | null) => {
    if (!school) return;
    current.set(school.urn, school);
    changed.set(school.urn, school);
  };
  for (const statement of stated) {
    if (newStatements([statement], current).length === 0) continue;
    const successor = current.get(statement.successorUrn);
    if (!successor) continue;
    put(withStatedPredecessor(successor, statement, source));
    put(withStatedSuccessor(current.get(statement.urn) ?? null, successor, statement, source));
  }
  return changed;
}
