// Orders of a school list. Each order is a plain-string sort key, so cursors stay stable across pages.
import { newestInspectionOf } from './school-summary.js';
import { standingAward } from './inclusion-status.js';
import type { IsoDate, SchoolRecord } from './records.js';
import { fold } from './school-filter.js';

export type SchoolSort = 'NAME' | 'DUE_DATE' | 'LATEST_INSPECTION';

const nameKey = (school: Pick<SchoolRecord, 'name' | 'urn'>) => `${fold(school.name)}\u0000${school.urn}`;

/** Turns a date into a key that sorts newest first ("~" sorts after every digit, so missing dates go last). */
const newestFirst = (date: IsoDate | undefined) =>
  date ? String(99_999_999 - Number(date.replaceAll('-', ''))).padStart(8, '0') : '~';

export function schoolOrderKey(sort: SchoolSort, today: IsoDate): (school: SchoolRecord) => string {
  switch (sort) {
    case 'DUE_DATE':
      return (school) => `${standingAward(school.summary, today)?.nextDueOn ?? '~'}\u0000${nameKey(school)}`;
    case 'LATEST_INSPECTION':
      return (school) => `${newestFirst(newestInspectionOf(school.summary)?.inspectedOn)}\u0000${nameKey(school)}`;
    default:
      return nameKey;
  }
}

export function sortSchools(schools: readonly SchoolRecord[], key: (school: SchoolRecord) => string): SchoolRecord[] {
  return schools
    .map((school) => ({ school, key: key(school) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ school }) => school);
}
