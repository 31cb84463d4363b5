// Which schools a list shows, judged from each school's listing (school-listing.ts), so a list kept as listings is
// filtered without reading a school.
import { awardStands, statusForDue } from './award-status.js';
import { badInput } from './errors.js';
import type { IsoDate, SchoolRecord } from './records.js';
import type { CensusListing, SchoolListing } from './school-listing.js';
import type { AwardLevel, AwardStatus, LegacyGrade, ReportCardGrade } from './vocabulary.js';

export interface SchoolFilterInput {
  nameContains?: string | null;
  type?: string | null;
  phase?: string | null;
  localAuthority?: string | null;
  trust?: string | null;
  awardLevel?: AwardLevel | null;
  awardStatus?: AwardStatus | null;
  dueBefore?: IsoDate | null;
  dueOnOrAfter?: IsoDate | null;
  inclusionGrade?: ReportCardGrade | null;
  legacyGrade?: LegacyGrade | null;
  safeguardingConcern?: boolean | null;
  withoutPartnerAgency?: boolean | null;
  withStandingAward?: boolean | null;
  inCategoryOfConcern?: boolean | null;
  neverInspected?: boolean | null;
  inheritedOutcome?: boolean | null;
  academy?: boolean | null;
  /** Only these schools (a chosen set), URNs already checked. */
  urns?: readonly string[] | null;
  minSenSupportPercent?: number | null;
  minEhcPlanPercent?: number | null;
  minFsmPercent?: number | null;
}

export const PERCENT_CRITERIA = ['minSenSupportPercent', 'minEhcPlanPercent', 'minFsmPercent'] as const;

/** The census criteria are percentages: BAD_USER_INPUT, naming the field, for anything outside 0 to 100. */
export function checkPercentCriteria(filter: SchoolFilterInput | null | undefined): void {
  for (const field of PERCENT_CRITERIA) {
    const value = filter?.[field];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || value > 100)
      throw badInput(`filter.${field} is a percentage from 0 to 100; got ${value}.`, { argument: `filter.${field}` });
  }
}

/** At least `min` when asked; a school without the figure never matches. */
const atLeast = (value: number | undefined, min: number | null | undefined) =>
  min === null || min === undefined || (value !== undefined && value >= min);

/** Whether the school's census percentages meet the filter's minimums (true when none is asked). */
export const censusMatches = ({ census }: Pick<CensusListing, 'census'>, filter: SchoolFilterInput) =>
  atLeast(census.senSupport, filter.minSenSupportPercent) &&
  atLeast(census.ehcPlan, filter.minEhcPlanPercent) &&
  atLeast(census.fsm, filter.minFsmPercent);

export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');

/** Status of the school's latest open award (lapsed included), or null when it has none. */
export function openAwardStatus(school: SchoolListing, today: IsoDate): AwardStatus | null {
  return school.award ? statusForDue(school.award.level, school.award.nextDueOn, today) : null;
}

/** The award's level and due date while it stands on `today`; null once lapsed or when there is none. */
export function standingListedAward(school: SchoolListing, today: IsoDate): SchoolListing['award'] | null {
  const status = openAwardStatus(school, today);
  return status && awardStands(status) ? school.award : null;
}

export function activePartnerCount(school: SchoolRecord): number {
  return school.summary.activePartnerAgencyIds?.length ?? 0;
}

/**
 * The filter as one predicate. The user's text is folded once here, not once per school: a long search term
 * would otherwise cost its length times the number of schools.
 */
export function schoolFilter(filter: SchoolFilterInput, today: IsoDate): (school: SchoolListing) => boolean {
  const name = filter.nameContains ? fold(filter.nameContains.trim()) : null;
  const phase = filter.phase ? fold(filter.phase) : null;
  return (school) => schoolMatches(school, filter, today, name, phase);
}

/** True when the filter asks for nothing beyond the list it applies to (a council's, a trust's, England's). */
export function narrowsList(filter: SchoolFilterInput): boolean {
  const { localAuthority: _localAuthority, trust: _trust, ...criteria } = filter;
  return Object.values(criteria).some((given) => given !== null && given !== undefined && given !== '');
}

function schoolMatches(
  school: SchoolListing,
  filter: SchoolFilterInput,
  today: IsoDate,
  name: string | null,
  phase: string | null,
): boolean {
  const standing = standingListedAward(school, today);
  const is = (given: boolean | null | undefined, fact: boolean) => given === fact;
  const checks: [unknown, () => boolean][] = [
    [name, () => name !== null && fold(school.name).includes(name)],
    [filter.type, () => school.type === filter.type],
    [phase, () => fold(school.phase ?? '') === phase],
    [filter.localAuthority, () => school.laCode === filter.localAuthority],
    [filter.trust, () => school.trustUid === filter.trust],
    [filter.awardLevel, () => standing?.level === filter.awardLevel],
    [filter.awardStatus, () => openAwardStatus(school, today) === filter.awardStatus],
    [
      filter.dueBefore,
      () => Boolean(standing?.nextDueOn && filter.dueBefore && standing.nextDueOn <= filter.dueBefore),
    ],
    [
      filter.dueOnOrAfter,
      () => Boolean(standing?.nextDueOn && filter.dueOnOrAfter && standing.nextDueOn >= filter.dueOnOrAfter),
    ],
    [filter.inclusionGrade, () => school.inclusionGrade === filter.inclusionGrade],
    [filter.legacyGrade, () => school.legacyGrade === filter.legacyGrade],
    [filter.safeguardingConcern ?? null, () => school.safeguardingConcern === filter.safeguardingConcern],
    [filter.withoutPartnerAgency ?? null, () => !school.partnered === filter.withoutPartnerAgency],
    [filter.withStandingAward ?? null, () => is(filter.withStandingAward, standing !== null)],
    [filter.inCategoryOfConcern ?? null, () => is(filter.inCategoryOfConcern, school.inCategoryOfConcern)],
    [filter.neverInspected ?? null, () => is(filter.neverInspected, school.neverInspected)],
    [filter.inheritedOutcome ?? null, () => is(filter.inheritedOutcome, school.inherited)],
    [filter.academy ?? null, () => is(filter.academy, school.trustUid !== undefined)],
    [filter.urns ?? null, () => Boolean(filter.urns?.includes(school.urn))],
  ];
  return (
    checks.every(([given, check]) => given === null || given === undefined || given === '' || check()) &&
    censusMatches(school, filter)
  );
}
