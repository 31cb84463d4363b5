// The shipped national files read plainly with csv-parse, so tests compute their expectations from the files
// themselves rather than through the importers under test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;
// Ofsted's file ends with rows of empty cells; like the importers, these helpers skip them.
const read = (path: string): Row[] =>
  (
    parse(gunzipSync(readFileSync(fileURLToPath(new URL(`../../data/${path}`, import.meta.url)))), {
      columns: true,
      bom: true,
    }) as Row[]
  ).filter((row) => Object.values(row).some((cell) => cell.trim() !== ''));

let ofsted: Row[] | undefined;
let membership: Row[] | undefined;

/** Ofsted's state-funded schools outcomes file, one object per row keyed by Ofsted's headers. */
export const ofstedRows = () => {
  ofsted ??= read('ofsted/ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz');
  return ofsted;
};

/** GIAS's academies-and-groups file, one object per academy. */
export const membershipRows = () => {
  membership ??= read('gias/gias_academies_group_membership_2025-09.csv.gz');
  return membership;
};

/** URNs of the schools Ofsted's file lists under a council name (the seed holds each as an open school). */
export const ofstedUrnsOf = (localAuthorityName: string) => [
  ...new Set(
    ofstedRows()
      .filter((row) => row['Local authority'] === localAuthorityName)
      .map((row) => row.URN ?? ''),
  ),
];

/**
 * The academies of a trust that Beacon holds (those in Ofsted's file, in the seeded councils), as GIAS's
 * membership file lists them.
 */
export function academiesOf(trustUid: string, laCodes?: readonly string[]): { name: string; urns: string[] } {
  const held = new Set(ofstedRows().map((row) => row.URN));
  const rows = membershipRows().filter(
    (row) => row['Group UID'] === trustUid && (!laCodes || laCodes.includes(row['LA (code)'] ?? '')),
  );
  return {
    name: rows[0]?.['Group Name'] ?? '',
    urns: rows.map((row) => row['Academy URN'] ?? '').filter((urn) => held.has(urn)),
  };
}
