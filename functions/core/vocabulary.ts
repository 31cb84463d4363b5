// The fixed vocabularies of the domain, kept as data so validation and the GraphQL enums agree.

export const PROVENANCES = ['REAL', 'ILLUSTRATIVE'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const TRUST_TYPES = ['MULTI_ACADEMY_TRUST', 'SINGLE_ACADEMY_TRUST'] as const;
export type TrustType = (typeof TRUST_TYPES)[number];
export const TRUST_STATUSES = ['OPEN', 'CLOSED'] as const;
export type TrustStatus = (typeof TRUST_STATUSES)[number];

export const LEGACY_INSPECTION_TYPES = ['GRADED', 'UNGRADED', 'MONITORING'] as const;
export type LegacyInspectionType = (typeof LEGACY_INSPECTION_TYPES)[number];

export const LEGACY_GRADES = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'] as const;
export type LegacyGrade = (typeof LEGACY_GRADES)[number];

export const LEGACY_JUDGEMENT_AREAS = [
  'QUALITY_OF_EDUCATION',
  'BEHAVIOUR_AND_ATTITUDES',
  'PERSONAL_DEVELOPMENT',
  'LEADERSHIP_AND_MANAGEMENT',
  'EARLY_YEARS',
  'SIXTH_FORM',
] as const;
export type LegacyJudgementArea = (typeof LEGACY_JUDGEMENT_AREAS)[number];

export const LEGACY_SAFEGUARDING = ['EFFECTIVE', 'NOT_EFFECTIVE'] as const;
export const REPORT_CARD_SAFEGUARDING = ['MET', 'NOT_MET'] as const;
export type LegacySafeguarding = (typeof LEGACY_SAFEGUARDING)[number];
export type ReportCardSafeguarding = (typeof REPORT_CARD_SAFEGUARDING)[number];
export type Safeguarding = LegacySafeguarding | ReportCardSafeguarding;

export const REPORT_CARD_GRADES = [
  'EXCEPTIONAL',
  'STRONG_STANDARD',
  'EXPECTED_STANDARD',
  'NEEDS_ATTENTION',
  'URGENT_IMPROVEMENT',
] as const;
export type ReportCardGrade = (typeof REPORT_CARD_GRADES)[number];

// Inclusion first: it is the area Beacon exists to show.
export const REPORT_CARD_AREAS = [
  'INCLUSION',
  'CURRICULUM_AND_TEACHING',
  'ACHIEVEMENT',
  'ATTENDANCE_AND_BEHAVIOUR',
  'PERSONAL_DEVELOPMENT_AND_WELLBEING',
  'LEADERSHIP_AND_GOVERNANCE',
  'EARLY_YEARS',
  'POST_16',
] as const;
export type ReportCardArea = (typeof REPORT_CARD_AREAS)[number];

/** The report-card framework applies to inspections from this day. */
export const REPORT_CARD_FRAMEWORK_START = '2025-11-10';

export const AWARD_LEVELS = ['INCLUSIVE_SCHOOL_AWARD', 'CENTRE_OF_EXCELLENCE', 'FLAGSHIP_SCHOOL'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const AWARD_STATUSES = ['CURRENT', 'DUE_SOON', 'DUE', 'OVERDUE', 'LAPSED', 'WITHDRAWN', 'SUPERSEDED'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

export const DUE_KINDS = ['ANNUAL_REVIEW', 'REASSESSMENT'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** The eight IQM elements with the titles IQM uses. */
export const IQM_ELEMENTS = {
  INCLUSION_VALUES: 'The Inclusion Values of the School',
  LEADERSHIP_MANAGEMENT_AND_ACCOUNTABILITY: 'Leadership and Management and Accountability',
  CURRICULUM: 'Curriculum – Structure, Pupil Engagement and Adaption',
  TEACHING_AND_LEARNING: 'Teaching and Learning – Learning Environment, Planning Resources, Pedagogy',
  ASSESSMENT: 'Assessment',
  BEHAVIOUR_ATTITUDES_AND_PERSONAL_DEVELOPMENT: 'Behaviour, Attitudes to Learning and Personal Development',
  PARENTS_CARERS_AND_GUARDIANS: 'Parents, Carers and Guardians',
  LINKS_WITH_LOCAL_WIDER_AND_GLOBAL_COMMUNITY: 'Links with Local, Wider and Global Community',
} as const;
export type IqmElement = keyof typeof IQM_ELEMENTS;

export const AGENCY_KINDS = [
  'COUNCIL_SEND_TEAM',
  'CAMHS',
  'EDUCATIONAL_PSYCHOLOGY',
  'SOCIAL_CARE',
  'HEALTH',
  'CHARITY',
  'OTHER',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Notice to improve: the category before September 2012, still seen on older previous inspections. */
export type CategoryOfConcern = 'SPECIAL_MEASURES' | 'SERIOUS_WEAKNESSES' | 'NOTICE_TO_IMPROVE';
