// The school list's state in the query string: which filter and sort it asks for, and the choices the form offers.
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

/** The filter the query string asks for; unknown values are left out rather than sent. */
export function filterOf(query: Record<string, string>): SchoolFilter {
  const filter: Record<string, unknown> = {};
  if (query.q) filter.nameContains = query.q;
  if (query.type) filter.type = query.type;
  if (query.phase) filter.phase = query.phase;
  if (query.dueBefore && /^\d{4}-\d{2}-\d{2}$/.test(query.dueBefore)) filter.dueBefore = query.dueBefore;
  for (const [name, options] of Object.entries(CHOICES)) {
    const value = query[name];
    if (value && options.some((option) => option.value === value)) filter[name] = value;
  }
  for (const { name } of MIN_PERCENTS) {
    const value = Number(query[name]);
    if (query[name] && Number.isFinite(value) && value >= 0 && value <= 100) filter[name] = value;
  }
  if (query.safeguardingConcern === 'true') filter.safeguardingConcern = true;
  if (query.withoutPartnerAgency === 'true') filter.withoutPartnerAgency = true;
  return filter as SchoolFilter;
}

export const sortOf = (query: Record<string, string>): SchoolSort =>
  SORTS.find((sort) => sort.value === query.sort)?.value ?? 'NAME';
