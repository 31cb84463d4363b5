// The school list's state in the query string: which filter and sort it asks for, the choices the form offers, and
// the values it cannot send (each a problem naming its field, so the error summary links to it).
import {
  awardLevelLabels,
  awardStatusLabels,
  legacyGradeLabels,
  reportCardGradeLabels,
} from '../../../../functions/core/labels.js';
import type { Option } from '../../components/govuk/select.js';
import type {
  AwardLevel,
  AwardStatus,
  LegacyGrade,
  ReportCardGrade,
  SchoolFilter,
  SchoolSort,
} from '../../generated/graphql.js';

/**
 * An enum's choices in its labels' order, typed by the generated GraphQL enum: a value the schema adds and the
 * labels lack fails the type check.
 */
function optionsOf<K extends string>(labels: Record<K, string>, leaveOut: readonly K[] = []): Option[] {
  const values = (Object.keys(labels) as K[]).filter((value) => !leaveOut.includes(value));
  return values.map((value) => ({ value, text: labels[value] }));
}

export const SORTS: readonly { value: SchoolSort; text: string }[] = [
  { value: 'NAME', text: 'Name, A to Z' },
  { value: 'DUE_DATE', text: 'Next due, soonest first' },
  { value: 'LATEST_INSPECTION', text: 'Latest inspection, newest first' },
  { value: 'QUALITY_OF_EDUCATION', text: 'Quality of education, weakest first' },
  { value: 'BEHAVIOUR_AND_ATTITUDES', text: 'Behaviour and attitudes, weakest first' },
  { value: 'PERSONAL_DEVELOPMENT', text: 'Personal development, weakest first' },
  { value: 'LEADERSHIP_AND_MANAGEMENT', text: 'Leadership and management, weakest first' },
  { value: 'INCLUSION_GRADE', text: 'Inclusion (2025 report card), weakest first' },
  { value: 'SEN_SUPPORT_PERCENT', text: 'SEN support %, highest first' },
  { value: 'EHC_PLAN_PERCENT', text: 'EHC plan %, highest first' },
  { value: 'FSM_PERCENT', text: 'Free school meals %, highest first' },
];

/** England's list is by name or by census only (the API's rule): the sorts it offers. */
export const CENSUS_SORTS: readonly SchoolSort[] = ['NAME', 'SEN_SUPPORT_PERCENT', 'EHC_PLAN_PERCENT', 'FSM_PERCENT'];

/** The census's minimum-percentage filters: query string name, as the API's SchoolFilter names them. */
export const MIN_PERCENTS = [
  { name: 'minSenSupportPercent', label: 'SEN support % at least' },
  { name: 'minEhcPlanPercent', label: 'EHC plan % at least' },
  { name: 'minFsmPercent', label: 'Free school meals % at least' },
] as const;

/** The filters that pick one value of an enum; a withdrawn or superseded award never stands, so is not offered. */
export const CHOICES = {
  awardStatus: optionsOf<AwardStatus>(awardStatusLabels, ['WITHDRAWN', 'SUPERSEDED']),
  awardLevel: optionsOf<AwardLevel>(awardLevelLabels),
  inclusionGrade: optionsOf<ReportCardGrade>(reportCardGradeLabels),
  legacyGrade: optionsOf<LegacyGrade>(legacyGradeLabels),
};

export const CHOICE_LABELS: Record<keyof typeof CHOICES, string> = {
  awardStatus: 'Award status',
  awardLevel: 'Award level',
  inclusionGrade: 'Report card Inclusion grade',
  legacyGrade: 'Overall effectiveness (before report cards)',
};

/** The yes-or-no filters, one for each count the overview shows: what `true` and `false` mean in words. */
export const FLAGS = [
  { name: 'withStandingAward', label: 'IQM award', yes: 'With a standing award', no: 'No award (or lapsed)' },
  { name: 'academy', label: 'Academy or maintained', yes: 'Academies', no: 'Maintained schools' },
  {
    name: 'withoutPartnerAgency',
    label: 'Partner agencies',
    yes: 'Without a partner agency',
    no: 'With a partner agency',
  },
  {
    name: 'safeguardingConcern',
    label: 'Safeguarding at the graded inspection',
    yes: 'Not effective or not met',
    no: 'No concern found',
  },
  {
    name: 'inCategoryOfConcern',
    label: 'Category of concern',
    yes: 'Special measures or serious weaknesses',
    no: 'Neither',
  },
  { name: 'neverInspected', label: 'Inspected', yes: 'Never inspected', no: 'Inspected' },
  {
    name: 'inheritedOutcome',
    label: 'Graded outcome',
    yes: 'Inherited from a predecessor',
    no: 'The school’s own, or none',
  },
] as const;

export type FlagName = (typeof FLAGS)[number]['name'];

export const DATES = [
  { name: 'dueOnOrAfter', label: 'Due on or after' },
  { name: 'dueBefore', label: 'Due on or before' },
] as const;

/** What a list offers: England's only its name and census filters (the API refuses the others there). */
export interface Offered {
  allFilters: boolean;
  phases?: readonly string[];
  types?: readonly string[];
}

/** A value in the address the list cannot ask for: which field, and what is wrong, in words. */
export interface Problem {
  field: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));

/** The filter the query string asks for, and the problems with what it cannot send (those are left out). */
export function filterOf(
  query: Record<string, string>,
  offered: Offered,
): { filter: SchoolFilter; problems: Problem[] } {
  const filter: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const given = (name: string) => (query[name] ?? '') !== '';
  if (query.q) filter.nameContains = query.q;
  for (const { name, label } of MIN_PERCENTS) {
    if (!given(name)) continue;
    const value = Number(query[name]);
    if (Number.isFinite(value) && value >= 0 && value <= 100) filter[name] = value;
    else problems.push({ field: name, message: `${label}: enter a number from 0 to 100` });
  }
  if (!offered.allFilters) return { filter: filter as SchoolFilter, problems };
  for (const { name, label } of DATES) {
    if (!given(name)) continue;
    if (isDate(query[name] ?? '')) filter[name] = query[name];
    else problems.push({ field: name, message: `${label}: enter a real date, for example 2027-01-31` });
  }
  for (const [name, options] of Object.entries(CHOICES) as [keyof typeof CHOICES, Option[]][]) {
    const value = query[name];
    if (!value) continue;
    if (options.some((option) => option.value === value)) filter[name] = value;
    else problems.push({ field: name, message: `${CHOICE_LABELS[name]}: choose one of the list (“${value}” is not)` });
  }
  for (const { name, label } of FLAGS) {
    const value = query[name];
    if (value === 'true' || value === 'false') filter[name] = value === 'true';
    else if (value) problems.push({ field: name, message: `${label}: choose one of the list (“${value}” is not)` });
  }
  const known = (name: 'phase' | 'type', values: readonly string[] | undefined, label: string) => {
    const value = query[name];
    if (!value) return;
    if (!values || values.includes(value)) filter[name] = value;
    else problems.push({ field: name, message: `${label}: no school here is “${value}”; choose one of the list` });
  };
  known('phase', offered.phases, 'Phase');
  known('type', offered.types, 'Type of establishment');
  return { filter: filter as SchoolFilter, problems };
}

export const sortOf = (query: Record<string, string>, offered: Offered): SchoolSort => {
  const sort = SORTS.find((option) => option.value === query.sort)?.value ?? 'NAME';
  return offered.allFilters || CENSUS_SORTS.includes(sort) ? sort : 'NAME';
};

export const PAGE_SIZE = 25;

/** The numbered page the address asks for (1 when none, or not a whole number from 1). */
export function pageOf(query: Record<string, string>): number {
  const page = Number(query.page);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
