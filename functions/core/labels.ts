// The words people read for the API's enum values: the CSV export and the web page show these, never the enums.
// Pure data with type-only imports: the web page bundles this file as it is.
import type { ContactRole } from './contacts.js';
import type { CategoryOfConcern } from './ofsted-outcome.js';
import type { SearchField } from './ranked-search.js';
import type { ReminderStatus } from './reminders.js';
import type { Role } from './roles.js';
import type {
  AgencyKind,
  AwardLevel,
  AwardStatus,
  DueKind,
  LegacyGrade,
  LegacyInspectionType,
  LegacyJudgementArea,
  ReportCardArea,
  ReportCardGrade,
  Safeguarding,
  TrustStatus,
  TrustType,
} from './vocabulary.js';

// The change feed's kinds in words, kept beside their counting forms.
export { changeKindCountLabels, changeKindLabels } from './change-labels.js';

export const awardLevelLabels: Record<AwardLevel, string> = {
  INCLUSIVE_SCHOOL_AWARD: 'Inclusive School Award',
  CENTRE_OF_EXCELLENCE: 'Centre of Excellence',
  FLAGSHIP_SCHOOL: 'Flagship School',
};

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  assessor: 'IQM assessor',
  council_officer: 'Council officer',
  trust_executive: 'Trust executive',
  school_leader: 'School leader',
};

/** "la:886" → "council 886", "trust:2864" → "trust 2864", "school:140412" → "school 140412"; "all" → England. */
export function scopeLabel(scope: string): string {
  const [kind, id] = scope.split(':');
  const kinds: Record<string, string> = { la: 'council', trust: 'trust', school: 'school' };
  const name = kind ? kinds[kind] : undefined;
  return name && id ? `${name} ${id}` : 'all of England';
}

/** Who acted, as the API describes them ("council officer (la:340)"), in words: "Council officer, council 340". */
export function actorLabel(actor: string): string {
  const match = /^([a-z ]+) \(([^)]+)\)$/.exec(actor);
  const role = match ? roleLabels[match[1]?.replaceAll(' ', '_') as Role] : undefined;
  return match?.[2] && role ? `${role}, ${scopeLabel(match[2])}` : actor;
}

/** "Centre of Excellence award", "Inclusive School Award" (whose name says award already). */
export const awardName = (level: AwardLevel) => {
  const name = awardLevelLabels[level];
  return /award$/i.test(name) ? name : `${name} award`;
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

/** The key judgements of a legacy (education inspection framework) inspection, as Ofsted words them. */
export const legacyJudgementAreaLabels: Record<LegacyJudgementArea, string> = {
  QUALITY_OF_EDUCATION: 'Quality of education',
  BEHAVIOUR_AND_ATTITUDES: 'Behaviour and attitudes',
  PERSONAL_DEVELOPMENT: 'Personal development',
  LEADERSHIP_AND_MANAGEMENT: 'Leadership and management',
  EARLY_YEARS: 'Early years provision',
  SIXTH_FORM: 'Sixth form provision',
};

/** The evaluation areas of a 2025 report card, as Ofsted words them. */
export const reportCardAreaLabels: Record<ReportCardArea, string> = {
  INCLUSION: 'Inclusion',
  CURRICULUM_AND_TEACHING: 'Curriculum and teaching',
  ACHIEVEMENT: 'Achievement',
  ATTENDANCE_AND_BEHAVIOUR: 'Attendance and behaviour',
  PERSONAL_DEVELOPMENT_AND_WELLBEING: 'Personal development and well-being',
  LEADERSHIP_AND_GOVERNANCE: 'Leadership and governance',
  EARLY_YEARS: 'Early years',
  POST_16: 'Post-16',
};

/** A graded inspection's headline: the report card's Inclusion grade, the legacy overall grade, or neither given. */
export const gradedOutcomeLabel = (
  inclusion: ReportCardGrade | null | undefined,
  legacy: LegacyGrade | null | undefined,
): string =>
  inclusion
    ? `Inclusion: ${reportCardGradeLabels[inclusion]}`
    : legacy
      ? legacyGradeLabels[legacy]
      : 'No overall grade';

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

export const dueKindLabels: Record<DueKind, string> = {
  ANNUAL_REVIEW: 'Annual review',
  REASSESSMENT: 'Reassessment',
};

export const legacyInspectionTypeLabels: Record<LegacyInspectionType, string> = {
  GRADED: 'Graded',
  UNGRADED: 'Ungraded',
  MONITORING: 'Monitoring',
};

export const trustTypeLabels: Record<TrustType, string> = {
  MULTI_ACADEMY_TRUST: 'Multi academy trust',
  SINGLE_ACADEMY_TRUST: 'Single academy trust',
};

export const reminderStatusLabels: Record<ReminderStatus, string> = {
  PENDING: 'Pending',
  SENT: 'Sent',
  NO_RECIPIENTS: 'No recipients',
  FAILED: 'Failed',
};

export const contactRoleLabels: Record<ContactRole, string> = {
  COUNCIL_SEND_OFFICER: 'Council SEND officer',
  GOVERNOR: 'Governor',
  HEADTEACHER: 'Headteacher',
  INCLUSION_LEAD: 'Inclusion lead',
  OTHER: 'Other',
  SENCO: 'SENCO',
  TRUST_INCLUSION_LEAD: 'Trust inclusion lead',
};

/** The school census's percentages as the school list's columns name them; the census period follows in brackets. */
export const censusColumnLabels = {
  senSupportPercent: 'SEN support %',
  ehcPlanPercent: 'EHC plan %',
  fsmPercent: 'FSM %',
} as const;

/** Ofsted's shorthand in an ungraded outcome, in words ("S5 Next": the next inspection will be a graded one). */
const UNGRADED_WORDS: [RegExp, string][] = [
  [/\s*\(Improving\)/i, ', improving'],
  [/\s*\(Concerns\)/i, ', with concerns'],
  [/\s*-\s*S5 Next$/i, '; the next inspection will be graded'],
];

/** "School remains Good (Concerns) - S5 Next" → "School remains Good, with concerns; the next inspection will be
 * graded"; no outcome given → "". */
export function ungradedOutcomeLabel(outcome: string | null | undefined): string {
  return UNGRADED_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), outcome?.trim() ?? '');
}

/** "1 school", "2 schools", "1,284 schools": the count with thousands separators and the word that fits it. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** What a search's text matched, as the search page says it ("Former name: Academies Enterprise Trust"). */
export const searchFieldLabels: Record<SearchField, string> = {
  NAME: 'Name',
  FORMER_NAME: 'Former name',
  TOWN: 'Town',
  POSTCODE: 'Postcode',
  CODE: 'Code',
  PREDECESSOR_URN: 'Predecessor URN',
};

export const trustStatusLabels: Record<TrustStatus, string> = {
  OPEN: 'Open',
  CLOSED: 'Closed',
};
