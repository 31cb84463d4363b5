// The words people read for the API's enum values: the CSV export (and any page) shows these, never the enums.
import type { AgencyKind, AwardLevel, AwardStatus, LegacyGrade, ReportCardGrade, Safeguarding } from './vocabulary.js';
import type { CategoryOfConcern } from './ofsted-outcome.js';

export const awardLevelLabels: Record<AwardLevel, string> = {
  INCLUSIVE_SCHOOL_AWARD: 'Inclusive School Award',
  CENTRE_OF_EXCELLENCE: 'Centre of Excellence',
  FLAGSHIP_SCHOOL: 'Flagship School',
};

export const awardStatusLabels: Record<AwardStatus, string> = {
  CURRENT: 'Current',
  DUE_SOON: 'Due soon',
  DUE: 'Due',
  OVERDUE: 'Overdue',
  LAPSED: 'Lapsed',
  WITHDRAWN: 'Withdrawn',
  SUPERSEDED: 'Superseded',
};

export const reportCardGradeLabels: Record<ReportCardGrade, string> = {
  EXCEPTIONAL: 'Exceptional',
  STRONG_STANDARD: 'Strong standard',
  EXPECTED_STANDARD: 'Expected standard',
  NEEDS_ATTENTION: 'Needs attention',
  URGENT_IMPROVEMENT: 'Urgent improvement',
};

export const legacyGradeLabels: Record<LegacyGrade, string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
};

export const safeguardingLabels: Record<Safeguarding, string> = {
  EFFECTIVE: 'Effective',
  NOT_EFFECTIVE: 'Not effective',
  MET: 'Met',
  NOT_MET: 'Not met',
};

/** The label of a value that may be absent: an empty cell when it is. */
export const labelOf = <K extends string>(labels: Record<K, string>, value: K | null | undefined): string =>
  value ? labels[value] : '';

export const categoryOfConcernLabels: Record<CategoryOfConcern, string> = {
  SPECIAL_MEASURES: 'Special measures',
  SERIOUS_WEAKNESSES: 'Serious weaknesses',
  NOTICE_TO_IMPROVE: 'Notice to improve',
};

export const agencyKindLabels: Record<AgencyKind, string> = {
  COUNCIL_SEND_TEAM: 'Council SEND team',
  CAMHS: 'CAMHS',
  EDUCATIONAL_PSYCHOLOGY: 'Educational psychology',
  SOCIAL_CARE: 'Social care',
  HEALTH: 'Health',
  CHARITY: 'Charity',
  OTHER: 'Other',
};
