// A set of schools' inclusion picture as counters that add up: each school contributes a tally of what it is (its
// award's level and due date, its standing outcomes), so a council's or a trust's tally can be kept in step with every
// write by adding one school's difference, and read back without reading any school. Only the award's status depends
// on today; the tally keeps each award's level and due date so the status is worked out when it is read.
import { censusTally } from './census-summary.js';
import { inheritedFromUrn, isSafeguardingConcern } from './inclusion-status.js';
import type { SchoolRecord } from './records.js';

/** Counter name to count; a missing counter is zero. */
export type Tally = Record<string, number>;

export const SCHOOLS = 'schools';
/** `award|LEVEL|dueOn`: the school's latest open award (lapsed included), by level and due date. */
export const AWARD = 'award|';

export function tallyOf(school: SchoolRecord): Tally {
  const { summary } = school;
  const graded = summary.latestInspection;
  const counters = [SCHOOLS];
  if (summary.award) counters.push(`${AWARD}${summary.award.level}|${summary.award.nextDueOn ?? ''}`);
  if (graded?.inclusionGrade) counters.push(`reportCard|${graded.inclusionGrade}`);
  else if (graded?.overallEffectiveness) counters.push(`legacy|${graded.overallEffectiveness}`);
  else if (graded) counters.push('ungraded');
  if (summary.ungradedSince) counters.push('withUngradedSince');
  if (inheritedFromUrn(school)) counters.push('inherited');
  if (graded?.categoryOfConcern === 'SPECIAL_MEASURES' || graded?.categoryOfConcern === 'SERIOUS_WEAKNESSES')
    counters.push('inCategoryOfConcern');
  if (!graded && !summary.ungradedSince) counters.push('neverInspected');
  if (isSafeguardingConcern(graded?.safeguarding)) counters.push('safeguarding');
  if ((summary.activePartnerAgencyIds?.length ?? 0) === 0) counters.push('withoutPartnerAgency');
  if ([summary.award, graded, summary.ungradedSince].some((fact) => fact?.provenance === 'ILLUSTRATIVE'))
    counters.push('illustrative');
  // The census adds sums (pupils, SEN support, ...), not just ones.
  return { ...Object.fromEntries(counters.map((counter) => [counter, 1])), ...censusTally(school) };
}

/** `into` plus `sign` times `tally` (in place; zero counters are kept, they read as nothing). */
export function addTally(into: Tally, tally: Tally, sign: 1 | -1 = 1): Tally {
  for (const [counter, count] of Object.entries(tally)) into[counter] = (into[counter] ?? 0) + sign * count;
  return into;
}

export const sumTallies = (tallies: Iterable<Tally>): Tally => {
  const total: Tally = {};
  for (const tally of tallies) addTally(total, tally);
  return total;
};

/** The counters that change between two tallies (after minus before), zeros left out. */
export function tallyChange(before: Tally, after: Tally): Tally {
  const change = addTally(addTally({}, after), before, -1);
  return Object.fromEntries(Object.entries(change).filter(([, count]) => count !== 0));
}
