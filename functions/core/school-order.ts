// Orders of a school list. Each order is a plain-string sort key, so cursors stay stable across pages.
import type { IsoDate, SchoolRecord } from './records.js';
import { fold, standingListedAward } from './school-filter.js';
import { type CensusListing, listingOf, type SchoolListing } from './school-listing.js';
import { LEGACY_GRADES, type LegacyGrade, REPORT_CARD_GRADES, type ReportCardGrade } from './vocabulary.js';

export const JUDGEMENT_SORTS = [
  'QUALITY_OF_EDUCATION',
  'BEHAVIOUR_AND_ATTITUDES',
  'PERSONAL_DEVELOPMENT',
  'LEADERSHIP_AND_MANAGEMENT',
] as const;
type JudgementSort = (typeof JUDGEMENT_SORTS)[number];
const isJudgementSort = (sort: SchoolSort): sort is JudgementSort =>
  (JUDGEMENT_SORTS as readonly string[]).includes(sort);

export type SchoolSort =
  | 'NAME'
  | 'DUE_DATE'
  | 'LATEST_INSPECTION'
  | 'SEN_SUPPORT_PERCENT'
  | 'EHC_PLAN_PERCENT'
  | 'FSM_PERCENT'
  | JudgementSort
  | 'INCLUSION_GRADE';

export const schoolNameKey = (school: Pick<SchoolRecord, 'name' | 'urn'>) => `${fold(school.name)}\u0000${school.urn}`;

/** Turns a date into a key that sorts newest first ("~" sorts after every digit, so missing dates go last). */
const newestFirst = (date: IsoDate | undefined) =>
  date ? String(99_999_999 - Number(date.replaceAll('-', ''))).padStart(8, '0') : '~';

/** A percentage (one decimal) as a key that sorts highest first; a school without it goes last. */
const highestFirst = (percent: number | undefined) =>
  percent === undefined ? '~' : String(10_000 - Math.round(percent * 10)).padStart(5, '0');

/** A grade as a key that sorts weakest first (Inadequate, Urgent improvement); a school without it goes last. */
const weakestFirst = (grade: LegacyGrade | ReportCardGrade | undefined) => {
  if (!grade) return '~';
  const scale: readonly string[] = (LEGACY_GRADES as readonly string[]).includes(grade)
    ? LEGACY_GRADES
    : REPORT_CARD_GRADES;
  return String(scale.length - 1 - scale.indexOf(grade));
};

export const CENSUS_SORTS = ['SEN_SUPPORT_PERCENT', 'EHC_PLAN_PERCENT', 'FSM_PERCENT'] as const;
export type CensusSort = (typeof CENSUS_SORTS)[number];
export const isCensusSort = (sort: SchoolSort): sort is CensusSort =>
  (CENSUS_SORTS as readonly string[]).includes(sort);

const CENSUS_FIELD = { SEN_SUPPORT_PERCENT: 'senSupport', EHC_PLAN_PERCENT: 'ehcPlan', FSM_PERCENT: 'fsm' } as const;

/** A census order (highest first, without the figure last, then by name), or the name order. */
export function censusOrderKey(sort: CensusSort | 'NAME'): (school: CensusListing) => string {
  if (sort === 'NAME') return schoolNameKey;
  const field = CENSUS_FIELD[sort];
  return (school) => `${highestFirst(school.census[field])}\u0000${schoolNameKey(school)}`;
}

export function schoolOrderKey(sort: SchoolSort, today: IsoDate): (school: SchoolListing) => string {
  if (isCensusSort(sort)) return censusOrderKey(sort);
  if (isJudgementSort(sort))
    return (school) => `${weakestFirst(school.keyJudgements?.[sort])}\u0000${schoolNameKey(school)}`;
  switch (sort) {
    case 'INCLUSION_GRADE':
      return (school) => `${weakestFirst(school.inclusionGrade)}\u0000${schoolNameKey(school)}`;
    case 'DUE_DATE':
      return (school) => `${standingListedAward(school, today)?.nextDueOn ?? '~'}\u0000${schoolNameKey(school)}`;
    case 'LATEST_INSPECTION':
      return (school) => `${newestFirst(school.latestInspectionOn)}\u0000${schoolNameKey(school)}`;
    default:
      return schoolNameKey;
  }
}

/** The order's key for whole school records (lists built from records in hand). */
export function recordOrderKey(sort: SchoolSort, today: IsoDate): (school: SchoolRecord) => string {
  if (sort === 'NAME') return schoolNameKey;
  const key = schoolOrderKey(sort, today);
  return (school) => key(listingOf(school));
}

export function sortSchools<T>(schools: readonly T[], key: (school: T) => string): T[] {
  return schools
    .map((school) => ({ school, key: key(school) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ school }) => school);
}
