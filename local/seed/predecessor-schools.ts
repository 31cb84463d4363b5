// The closed establishments that held schools replaced (academy conversion gives a new URN), from GIAS's 2022
// list of all schools, so a school's history can follow its predecessors.

import { compact } from '../../functions/core/compact.js';
import type { SchoolLinkRecord, SchoolRecord } from '../../functions/core/records.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';
import { GIAS_FILES, type GiasRow } from './gias-lists.js';

// Snapshot dates of the two school lists: a closure after a snapshot cannot be in it.
const ALL_SCHOOLS_SNAPSHOT = '2022-11-02';
const OPEN_SCHOOLS_SNAPSHOT = '2025-07-11';

function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The establishments the selected schools replaced. A PP50 school that is also a predecessor (a split school)
 * is an open school in its own right and is not duplicated here.
 */
export function predecessorSchools(
  successors: readonly SchoolRecord[],
  listedUrns: ReadonlySet<string>,
  allByUrn: ReadonlyMap<string, GiasRow<'allSchools2022'>>,
  warnings: string[],
): SchoolRecord[] {
  const byPredecessor = new Map<string, { successor: SchoolRecord; link: SchoolLinkRecord }[]>();
  for (const successor of successors) {
    for (const link of successor.predecessors) {
      if (listedUrns.has(link.urn)) continue;
      byPredecessor.set(link.urn, [...(byPredecessor.get(link.urn) ?? []), { successor, link }]);
    }
  }

  const records: SchoolRecord[] = [];
  for (const [urn, edges] of [...byPredecessor].sort(([a], [b]) => a.localeCompare(b))) {
    const [first] = edges;
    if (!first) continue;
    const row = allByUrn.get(urn);
    const closure = closureOf(urn, row, edges, warnings);
    if (!closure) continue;
    records.push(
      newSchoolRecord(
        compact({
          urn,
          name: row?.name ?? first.link.name,
          laCode: first.successor.laCode,
          town: row?.town,
          postcode: row?.postcode,
          openedOn: row?.openedOn,
          closedOn: closure.closedOn,
          // Mirrors the successor's own link: the links file is kept only for PP50 URNs.
          successors: edges.map(({ successor, link }) =>
            compact({
              urn: successor.urn,
              name: successor.name,
              linkType: link.linkType.replace(/^Predecessor/, 'Successor'),
              linkedOn: link.linkedOn,
            }),
          ),
          source: [
            row
              ? `GIAS ${GIAS_FILES.allSchools2022.name} (name, dates, town, postcode)`
              : `GIAS ${GIAS_FILES.links.name} (name only: not in ${GIAS_FILES.allSchools2022.name})`,
            `laCode assumed equal to successor ${first.successor.urn}'s (not in the file)`,
            closure.note,
          ]
            .filter((part) => part !== undefined)
            .join('; '),
        }),
      ),
    );
  }
  return records;
}

/**
 * When a predecessor closed. GIAS closes it the day before its successor opens (true for 92% of PP50 links
 * where both dates are known), so that is inferred when the 2022 snapshot predates the closure.
 */
function closureOf(
  urn: string,
  row: GiasRow<'allSchools2022'> | undefined,
  edges: readonly { successor: SchoolRecord; link: SchoolLinkRecord }[],
  warnings: string[],
): { closedOn: string; note?: string } | null {
  if (row?.closedOn) return { closedOn: row.closedOn };
  const evidence = edges
    .map(({ successor, link }) =>
      successor.openedOn
        ? { on: successor.openedOn, what: `successor ${successor.urn} opened` }
        : link.linkedOn
          ? { on: link.linkedOn, what: `the link to successor ${successor.urn} is dated` }
          : undefined,
    )
    .filter((entry) => entry !== undefined)
    .sort((a, b) => a.on.localeCompare(b.on))[0];
  const skip = (reason: string) => {
    warnings.push(`predecessor ${urn}: ${reason}; not recorded as a closed school`);
    return null;
  };
  if (!evidence) return skip('no close date and no successor open or link date');
  if (row && evidence.on <= ALL_SCHOOLS_SNAPSHOT) {
    return skip(`still open on ${ALL_SCHOOLS_SNAPSHOT}, after its link of ${evidence.on}`);
  }
  if (evidence.on > OPEN_SCHOOLS_SNAPSHOT) {
    return skip(`link dated ${evidence.on} is after the ${OPEN_SCHOOLS_SNAPSHOT} snapshot`);
  }
  return {
    closedOn: dayBefore(evidence.on),
    note: `closedOn inferred: the day before ${evidence.what} ${evidence.on}`,
  };
}
