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

let censusSen: Row[] | undefined;
let censusFsm: Row[] | undefined;

/** The DfE's school-level SEN file of the January 2023 census: urn, la_name, total_pupils, sen_support, ehc_plan. */
export const censusSenRows = () => {
  censusSen ??= read('dfe/dfe_school_sen_2022-23_by_urn.csv.gz');
  return censusSen;
};

/** The DfE's school-level FSM file of the January 2023 census: urn, la_name, fsm_prop (`z`: not applicable). */
export const censusFsmRows = () => {
  censusFsm ??= read('dfe/dfe_school_fsm_2022-23.csv.gz');
  return censusFsm;
};

/** A census file's count or percentage as a number, or null for a suppressed cell. */
export const censusNumber = (cell: string | undefined) =>
  cell === undefined || !/^\d+(\.\d+)?$/.test(cell) ? null : Number(cell);

/** A share as the API gives it: a percentage with one decimal. */
export const percentOneDecimal = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** `count` items of `items` picked by a fixed-seed generator: varied, yet the same on every run. */
export function sampled<T>(items: readonly T[], count: number, seed = 22): T[] {
  let state = seed;
  const picked = new Set<number>();
  while (picked.size < Math.min(count, items.length)) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    picked.add(state % items.length);
  }
  return [...picked].map((index) => items[index] as T);
}
