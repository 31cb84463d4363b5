// Which schools a list shows, and in what order.
import type { SchoolRecord } from './records.js';

export interface SchoolFilterInput {
  nameContains?: string | null;
  type?: string | null;
  phase?: string | null;
  localAuthority?: string | null;
  trust?: string | null;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');

export function schoolMatches(school: SchoolRecord, filter: SchoolFilterInput): boolean {
  if (filter.nameContains && !fold(school.name).includes(fold(filter.nameContains.trim()))) return false;
  if (filter.type && school.type !== filter.type) return false;
  if (filter.phase && school.phase?.toLocaleLowerCase('en-GB') !== filter.phase.toLocaleLowerCase('en-GB')) return false;
  if (filter.localAuthority && school.laCode !== filter.localAuthority) return false;
  if (filter.trust && school.trustUid !== filter.trust) return false;
  return true;
}

/** Sort key for name order: case-insensitive name, URN to break ties. */
export function schoolNameOrderKey(school: Pick<SchoolRecord, 'name' | 'urn'>): string {
  return `${fold(school.name)}\u0000${school.urn}`;
}

export function sortByName(schools: readonly SchoolRecord[]): SchoolRecord[] {
  return schools
    .map((school) => ({ school, key: schoolNameOrderKey(school) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ school }) => school);
}
