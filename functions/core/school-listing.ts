// A school as a list needs it: the facts every filter and sort reads, small enough that a council's or a trust's
// whole list fits in a few items (about 100 bytes a school), so a filtered or sorted page costs those items plus
// the page, never the schools themselves.
import { type CensusPercents, censusPercents } from './census.js';
import { inheritedFromUrn, isSafeguardingConcern } from './inclusion-status.js';
import type { IsoDate, SchoolRecord } from './records.js';
import { newestInspectionOf } from './school-summary.js';
import {
  type AwardLevel,
  LEGACY_GRADES,
  LEGACY_JUDGEMENT_AREAS,
  type LegacyGrade,
  type LegacyJudgementArea,
  type ReportCardGrade,
} from './vocabulary.js';

export type KeyJudgements = Partial<Record<LegacyJudgementArea, LegacyGrade>>;

export interface SchoolListing {
  urn: string;
  name: string;
  type?: string;
  phase?: string;
  laCode: string;
  trustUid?: string;
  /** The latest open award (it may have lapsed; today decides). */
  award?: { level: AwardLevel; nextDueOn?: IsoDate };
  /** Of the standing graded inspection. */
  inclusionGrade?: ReportCardGrade;
  legacyGrade?: LegacyGrade;
  /** The standing graded inspection's key judgements (legacy), for sorts by one of them. */
  keyJudgements?: KeyJudgements;
  safeguardingConcern: boolean;
  partnered: boolean;
  /** Special measures or serious weaknesses at the standing graded inspection. */
  inCategoryOfConcern: boolean;
  /** The standing graded outcome was made under a predecessor URN. */
  inherited: boolean;
  /** No inspection of the school or of any predecessor (as the tally counts it). */
  neverInspected: boolean;
  /** The newest inspection of either kind. */
  latestInspectionOn?: IsoDate;
  /** SEN support %, EHC plan % and FSM % of the school's census, one decimal, as the API shows them. */
  census: CensusPercents;
}

export function listingOf(school: SchoolRecord): SchoolListing {
  const { summary } = school;
  const graded = summary.latestInspection;
  return {
    urn: school.urn,
    name: school.name,
    type: school.type,
    phase: school.phase,
    laCode: school.laCode,
    trustUid: school.trustUid,
    award: summary.award ? { level: summary.award.level, nextDueOn: summary.award.nextDueOn } : undefined,
    inclusionGrade: graded?.inclusionGrade,
    legacyGrade: graded?.overallEffectiveness,
    keyJudgements: graded?.judgements?.length
      ? Object.fromEntries(graded.judgements.map(({ area, grade }) => [area, grade]))
      : undefined,
    safeguardingConcern: isSafeguardingConcern(graded?.safeguarding),
    partnered: (summary.activePartnerAgencyIds?.length ?? 0) > 0,
    inCategoryOfConcern:
      graded?.categoryOfConcern === 'SPECIAL_MEASURES' || graded?.categoryOfConcern === 'SERIOUS_WEAKNESSES',
    inherited: inheritedFromUrn(school) !== null,
    neverInspected: !graded && !summary.ungradedSince,
    latestInspectionOn: newestInspectionOf(summary)?.inspectedOn,
    census: censusPercents(school.census),
  };
}

/** Key judgements as Ofsted numbers them (1 Outstanding to 4 Inadequate), one character an area, '-' for none. */
function encodeJudgements(judgements: KeyJudgements | undefined): string {
  if (!judgements) return '';
  return LEGACY_JUDGEMENT_AREAS.map((area) => {
    const grade = judgements[area];
    return grade ? String(LEGACY_GRADES.indexOf(grade) + 1) : '-';
  }).join('');
}

function decodeJudgements(text: unknown): KeyJudgements | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  const entries = LEGACY_JUDGEMENT_AREAS.flatMap((area, index) => {
    const grade = LEGACY_GRADES[Number(text[index]) - 1];
    return grade ? [[area, grade] as const] : [];
  });
  return Object.fromEntries(entries);
}

const SAFEGUARDING_CONCERN = 1;
const PARTNERED = 2;
const CATEGORY_OF_CONCERN = 4;
const INHERITED = 8;
const NEVER_INSPECTED = 16;

/** The listing as compact text: a JSON array, '' for a missing fact, the yes/no facts as one number of flags. */
export function encodeListing(listing: SchoolListing): string {
  const flags =
    (listing.safeguardingConcern ? SAFEGUARDING_CONCERN : 0) |
    (listing.partnered ? PARTNERED : 0) |
    (listing.inCategoryOfConcern ? CATEGORY_OF_CONCERN : 0) |
    (listing.inherited ? INHERITED : 0) |
    (listing.neverInspected ? NEVER_INSPECTED : 0);
  return JSON.stringify([
    listing.name,
    listing.type ?? '',
    listing.phase ?? '',
    listing.laCode,
    listing.trustUid ?? '',
    listing.award?.level ?? '',
    listing.award?.nextDueOn ?? '',
    listing.inclusionGrade ?? '',
    listing.legacyGrade ?? '',
    flags,
    listing.latestInspectionOn ?? '',
    listing.census.senSupport ?? '',
    listing.census.ehcPlan ?? '',
    listing.census.fsm ?? '',
    encodeJudgements(listing.keyJudgements),
  ]);
}

/** What England's census directory keeps of a school: enough to filter and order England's list by census. */
export type CensusListing = Pick<SchoolListing, 'urn' | 'name' | 'census'>;

export const encodeCensusListing = (school: SchoolRecord): string => {
  const { senSupport, ehcPlan, fsm } = censusPercents(school.census);
  return JSON.stringify([school.name, senSupport ?? '', ehcPlan ?? '', fsm ?? '']);
};

export function decodeCensusListing(urn: string, text: string): CensusListing {
  const [name, ...census] = JSON.parse(text) as [string, ...unknown[]];
  const percent = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return {
    urn,
    name,
    census: { senSupport: percent(census[0]), ehcPlan: percent(census[1]), fsm: percent(census[2]) },
  };
}

export function decodeListing(urn: string, text: string): SchoolListing {
  const [name, type, phase, laCode, trustUid, level, nextDueOn, inclusionGrade, legacyGrade, flags, latest, ...census] =
    JSON.parse(text) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      number,
      string,
      ...unknown[],
    ];
  const given = <T extends string>(value: string) => (value === '' ? undefined : (value as T));
  // Listings kept before the census (or the key judgements) were held end sooner.
  const percent = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return {
    urn,
    name,
    type: given(type),
    phase: given(phase),
    laCode,
    trustUid: given(trustUid),
    award: level ? { level: level as AwardLevel, nextDueOn: given(nextDueOn) } : undefined,
    inclusionGrade: given<ReportCardGrade>(inclusionGrade),
    legacyGrade: given<LegacyGrade>(legacyGrade),
    keyJudgements: decodeJudgements(census[3]),
    safeguardingConcern: (flags & SAFEGUARDING_CONCERN) !== 0,
    partnered: (flags & PARTNERED) !== 0,
    inCategoryOfConcern: (flags & CATEGORY_OF_CONCERN) !== 0,
    inherited: (flags & INHERITED) !== 0,
    neverInspected: (flags & NEVER_INSPECTED) !== 0,
    latestInspectionOn: given(latest),
    census: { senSupport: percent(census[0]), ehcPlan: percent(census[1]), fsm: percent(census[2]) },
  };
}
