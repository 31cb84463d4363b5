// Which schools a list shows, judged from each school's own item and its denormalised summary (no extra reads).
import { statusForDue } from './award-status.js';
import { standingAward } from './inclusion-status.js';
import type { IsoDate, SchoolRecord } from './records.js';
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
  inclusionGrade?: ReportCardGrade | null;
  legacyGrade?: LegacyGrade | null;
  safeguardingConcern?: boolean | null;
  withoutPartnerAgency?: boolean | null;
}

export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');

/** Status of the school's latest open award (lapsed included), or null when it has none. */
export function openAwardStatus(school: SchoolRecord, today: IsoDate): AwardStatus | null {
  const award = school.summary.award;
  return award ? statusForDue(award.level, award.nextDueOn, today) : null;
}

export function hasSafeguardingConcern(school: SchoolRecord): boolean {
  const safeguarding = school.summary.latestInspection?.safeguarding;
  return safeguarding === 'NOT_EFFECTIVE' || safeguarding === 'NOT_MET';
}

export function activePartnerCount(school: SchoolRecord): number {
  return school.summary.activePartnerAgencyIds?.length ?? 0;
}

/**
 * The filter as one predicate. The user's text is folded once here, not once per school: a long search term
 * would otherwise cost its length times the number of schools.
 */
export function schoolFilter(filter: SchoolFilterInput, today: IsoDate): (school: SchoolRecord) => boolean {
  const name = filter.nameContains ? fold(filter.nameContains.trim()) : null;
  const phase = filter.phase ? fold(filter.phase) : null;
  return (school) => schoolMatches(school, filter, today, name, phase);
}

function schoolMatches(
  school: SchoolRecord,
  filter: SchoolFilterInput,
  today: IsoDate,
  name: string | null,
  phase: string | null,
): boolean {
  const latest = school.summary.latestInspection;
  const standing = standingAward(school.summary, today);
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
    [filter.inclusionGrade, () => latest?.inclusionGrade === filter.inclusionGrade],
    [filter.legacyGrade, () => latest?.overallEffectiveness === filter.legacyGrade],
    [filter.safeguardingConcern ?? null, () => hasSafeguardingConcern(school) === filter.safeguardingConcern],
    [filter.withoutPartnerAgency ?? null, () => (activePartnerCount(school) === 0) === filter.withoutPartnerAgency],
  ];
  return checks.every(([given, check]) => given === null || given === undefined || given === '' || check());
}
