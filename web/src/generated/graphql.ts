/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A reminder recipient to add. */
export type AddContactInput = {
  /**
   * The contact's e-mail address; trimmed and lower-cased, unique within its owner. An owner holds at most 15
   * contacts.
   */
  email: string;
  /** The contact's name. */
  name?: string | null | undefined;
  /** Whose contact: a school, a trust or a council (exactly one). */
  owner: ContactOwnerInput;
  /** What the contact does. */
  role: ContactRole;
};

/** A new partnership between a school and a partner agency. */
export type AddPartnershipInput = {
  /** The agency's id, e.g. knowsley-send; Beacon must hold the agency. */
  agencyId: string | number;
  /**
   * True when the council quality-assures the provision. Only an admin, or a council officer of the assuring council
   * (the agency's council, or for an agency that is no council's the school's), may say true; otherwise FORBIDDEN.
   */
  councilQualityAssured: boolean;
  /** What the partnership works on. */
  focus?: string | null | undefined;
  /** ILLUSTRATIVE only for demonstration data; defaults to REAL. */
  provenance?: Provenance | null | undefined;
  /** The day it began; not in the future. One partnership per school, agency and since (a repeat is CONFLICT). */
  since: string;
  /** Where the record comes from, e.g. a school's or council's page. */
  source?: string | null | undefined;
  /** The school's six-digit URN; Beacon must hold the school. */
  urn: string | number;
};

/** What kind of service a partner agency is. */
export type AgencyKind =
  /** Child and adolescent mental health services. */
  | 'CAMHS'
  /** A charity or voluntary organisation. */
  | 'CHARITY'
  /** A council's special educational needs and disabilities (SEND) team. */
  | 'COUNCIL_SEND_TEAM'
  /** An educational psychology service. */
  | 'EDUCATIONAL_PSYCHOLOGY'
  /** A health service (e.g. school nursing, speech and language therapy). */
  | 'HEALTH'
  /** Any other kind of partner. */
  | 'OTHER'
  /** Children's social care. */
  | 'SOCIAL_CARE';

/** Inclusion Quality Mark (IQM) award levels, in order of progression. */
export type AwardLevel =
  /** Centre of Excellence: kept by an annual review on each anniversary of the award, and cluster membership. */
  | 'CENTRE_OF_EXCELLENCE'
  /**
   * Flagship School: needs a standing Centre of Excellence held for at least three years; kept by an annual review of
   * its research project on each anniversary.
   */
  | 'FLAGSHIP_SCHOOL'
  /** Inclusive School Award: the first level; reassessed after its validity period (three years by policy). */
  | 'INCLUSIVE_SCHOOL_AWARD';

/**
 * Derived from the award's next due date, today (in England) and the level's grace period: 60 days for a Centre of
 * Excellence or Flagship School, 90 for an Inclusive School Award. CURRENT, DUE_SOON, DUE and OVERDUE awards stand.
 */
export type AwardStatus =
  /** Nothing due within the next 90 days. */
  | 'CURRENT'
  /** Due today. */
  | 'DUE'
  /** A review or reassessment falls due within the next 90 days. */
  | 'DUE_SOON'
  /** Past due beyond the grace period: the award no longer stands. */
  | 'LAPSED'
  /** Past due, still within the grace period: the award still stands. */
  | 'OVERDUE'
  /** Replaced by a later award (a reassessment, a later award of the same level or a higher level). */
  | 'SUPERSEDED'
  /** Withdrawn by the assessor or the school (from its withdrawnOn date). */
  | 'WITHDRAWN';

/** A category of concern Ofsted placed the school in. */
export type CategoryOfConcern =
  /** Notice to improve: the category before September 2012. */
  | 'NOTICE_TO_IMPROVE'
  /** Serious weaknesses: one or more key judgements are inadequate, but leadership can improve the school. */
  | 'SERIOUS_WEAKNESSES'
  /** Special measures: the school is failing and its leaders lack the capacity to improve it. */
  | 'SPECIAL_MEASURES';

/** A figure of the school census. */
export type CensusFigure =
  /** Pupils with an EHC plan (SchoolCensus.ehcPlans). */
  | 'EHC_PLANS'
  /** Per cent eligible for free school meals (SchoolCensus.fsmPercent). */
  | 'FSM_PERCENT'
  /** Pupils on roll (SchoolCensus.pupils). */
  | 'PUPILS'
  /** Pupils with SEN support (SchoolCensus.senSupport). */
  | 'SEN_SUPPORT';

/** What kind of change an event records. */
export type ChangeKind =
  /** An award's review or reassessment falls due within 90 days. */
  | 'AWARD_DUE_SOON'
  /** An IQM award was granted. */
  | 'AWARD_GRANTED'
  /** The award lapsed: its grace period ended with no review or reassessment recorded. */
  | 'AWARD_LAPSED'
  /** The award's review or reassessment is past due but within its grace period (seen by the scheduled job). */
  | 'AWARD_OVERDUE'
  /** The school closed (GIAS's close date). */
  | 'CLOSED'
  /** The school entered a category of concern (special measures or serious weaknesses). */
  | 'CONCERN_ENTERED'
  /** The school left a category of concern. */
  | 'CONCERN_LEFT'
  /** The school converted or was replaced: predecessor → successor. */
  | 'CONVERTED'
  /** A new period of a council's published figures (indicators) arrived. */
  | 'FIGURES_PUBLISHED'
  /** The graded outcome moved (from → to), or an outcome was stated for the first time. */
  | 'GRADE_MOVED'
  /** An inspection took place or was published (graded, ungraded, report card or monitoring). */
  | 'INSPECTED'
  /** The school joined a trust (or moved from one trust to another). */
  | 'JOINED_TRUST'
  /** The school left a trust. */
  | 'LEFT_TRUST'
  /** The school opened (GIAS's open date). */
  | 'OPENED'
  /** A partnership with a partner agency ended. */
  | 'PARTNERSHIP_ENDED'
  /** A partner agency began supporting the school. */
  | 'PARTNERSHIP_STARTED'
  /** An award's annual review or reassessment was recorded. */
  | 'REVIEW_RECORDED'
  /** An inspection judged safeguarding not effective / not met. */
  | 'SAFEGUARDING_NOT_EFFECTIVE';

/** Whose contacts: give exactly one. */
export type ContactOwnerInput = {
  /** A council's three-digit GIAS LA code: contacts for every school of the council. */
  laCode?: string | number | null | undefined;
  /** A trust's GIAS group UID (digits, e.g. 2864): contacts for every school of the trust. */
  trustUid?: string | number | null | undefined;
  /** A school's six-digit URN: the school's own contacts. */
  urn?: string | number | null | undefined;
};

/** What a contact does; reminders go to every contact of the school, its trust and its council. */
export type ContactRole =
  /** A council's SEND (special educational needs and disabilities) officer. */
  | 'COUNCIL_SEND_OFFICER'
  /** A governor of the school. */
  | 'GOVERNOR'
  /** The school's headteacher. */
  | 'HEADTEACHER'
  /** The school's inclusion lead. */
  | 'INCLUSION_LEAD'
  /** Anyone else. */
  | 'OTHER'
  /** The school's special educational needs coordinator. */
  | 'SENCO'
  /** A trust's lead for inclusion across its academies. */
  | 'TRUST_INCLUSION_LEAD';

/** What falls due next for an award. */
export type DueKind =
  /** Centre of Excellence or Flagship annual review, on each anniversary of the award date. */
  | 'ANNUAL_REVIEW'
  /** Inclusive School Award reassessment after its validity period (three years after the award date). */
  | 'REASSESSMENT';

/** The finding for one IQM element at an assessment. */
export type ElementFindingInput = {
  /** The element; each of the eight must be given exactly once. */
  element: IqmElement;
  /** The assessor's finding, up to 4,000 characters; omit when there is none. */
  finding?: string | null | undefined;
  /** True when the assessor singled the element out as stand-out practice; false by default. */
  standOut?: boolean | null | undefined;
};

/** Which partnership to end, and when. */
export type EndPartnershipInput = {
  /** The agency's id. */
  agencyId: string | number;
  /** The since date of the partnership being ended. */
  since: string;
  /** The day it ended: not before since, not in the future. A partnership already ended is BAD_USER_INPUT. */
  until: string;
  /** The school's six-digit URN. */
  urn: string | number;
};

/** Why a figure is not known. */
export type FigureStatus =
  /** The file has no figure for this area and period. */
  | 'NOT_PUBLISHED'
  /** The figure is published and known. */
  | 'PUBLISHED'
  /** The DfE suppressed it (x, c or z in the file) to protect individuals or because it does not apply. */
  | 'SUPPRESSED';

/** A new IQM award from an assessment. */
export type GrantAwardInput = {
  /** First day of the assessment visit; not in the future. */
  assessedOn: string;
  /** The assessor's name. */
  assessor: string;
  /** The award date, on or after assessedOn and not in the future; defaults to assessedOn. */
  awardedOn?: string | null | undefined;
  /** All eight IQM elements, each once. */
  elements: Array<ElementFindingInput>;
  /** The level awarded; FLAGSHIP_SCHOOL needs a standing Centre of Excellence held for at least three years. */
  level: AwardLevel;
  /** ILLUSTRATIVE only for demonstration data; defaults to REAL. */
  provenance?: Provenance | null | undefined;
  /** Where the record comes from, e.g. the page that announced it. */
  source?: string | null | undefined;
  /** The school's six-digit URN; Beacon must hold the school. */
  urn: string | number;
  /** Length of the assessment visit: one to three days. */
  visitDays: number;
};

/** Which way a change counts as better, as the DfE's LAIT reads it. */
export type IndicatorPolarity =
  /** A higher figure is better (e.g. EHC plans issued within 20 weeks). */
  | 'HIGHER_IS_BETTER'
  /** A lower figure is better (e.g. persistent absence, suspensions). */
  | 'LOWER_IS_BETTER'
  /** Neither: context (for example the share of pupils eligible for free school meals). */
  | 'NEITHER';

/** What an indicator's figures are counted in. */
export type IndicatorUnit =
  /** A number of pupils or plans. */
  | 'COUNT'
  /** Per cent of pupils (or of plans, or of requests), 0 to 100. */
  | 'PERCENT'
  /** Per 100 pupils on roll (exclusion and suspension rates). */
  | 'RATE_PER_100';

/** Which Ofsted framework an inspection was made under. */
export type InspectionFramework =
  /** Four-point grades (OEIF from 2019 and the frameworks before it), used until 10 Nov 2025. */
  | 'LEGACY'
  /** The report-card framework, from 10 Nov 2025. */
  | 'REPORT_CARD';

/** The eight elements of the IQM framework, each assessed at every assessment visit. */
export type IqmElement =
  /** Element 5: assessment. */
  | 'ASSESSMENT'
  /** Element 6: behaviour, attitudes to learning and personal development. */
  | 'BEHAVIOUR_ATTITUDES_AND_PERSONAL_DEVELOPMENT'
  /** Element 3: curriculum (structure, pupil engagement and adaptation). */
  | 'CURRICULUM'
  /** Element 1: the inclusion values of the school. */
  | 'INCLUSION_VALUES'
  /** Element 2: leadership, management and accountability. */
  | 'LEADERSHIP_MANAGEMENT_AND_ACCOUNTABILITY'
  /** Element 8: links with the local, wider and global community. */
  | 'LINKS_WITH_LOCAL_WIDER_AND_GLOBAL_COMMUNITY'
  /** Element 7: parents, carers and guardians. */
  | 'PARENTS_CARERS_AND_GUARDIANS'
  /** Element 4: teaching and learning (learning environment, planning, resources, pedagogy). */
  | 'TEACHING_AND_LEARNING';

/** The four-point scale of legacy inspections. */
export type LegacyGrade =
  /** Grade 2: Good. */
  | 'GOOD'
  /** Grade 4: Inadequate (with special measures or serious weaknesses, see CategoryOfConcern). */
  | 'INADEQUATE'
  /** Grade 1: Outstanding. */
  | 'OUTSTANDING'
  /** Grade 3: Requires improvement. */
  | 'REQUIRES_IMPROVEMENT';

/** The kind of a legacy (pre-report-card) inspection. */
export type LegacyInspectionType =
  /** A full (section 5) inspection that grades the school; it stands until the next graded inspection. */
  | 'GRADED'
  /** A monitoring visit (e.g. of a school in a category of concern); it does not replace the graded outcome. */
  | 'MONITORING'
  /** An ungraded (section 8) inspection, usually of a good school; it does not replace the graded outcome. */
  | 'UNGRADED';

/** The key judgements of a legacy (education inspection framework) inspection. */
export type LegacyJudgementArea =
  /** Behaviour and attitudes. */
  | 'BEHAVIOUR_AND_ATTITUDES'
  /** Early years provision, where the school has it. */
  | 'EARLY_YEARS'
  /** Leadership and management. */
  | 'LEADERSHIP_AND_MANAGEMENT'
  /** Personal development. */
  | 'PERSONAL_DEVELOPMENT'
  /** Quality of education. */
  | 'QUALITY_OF_EDUCATION'
  /** Sixth-form provision, where the school has it. */
  | 'SIXTH_FORM';

/** Whether a record comes from a public source or was written to illustrate the scenario. */
export type Provenance =
  /** Written for the demonstration scenario; the source gives no exact date or detail. */
  | 'ILLUSTRATIVE'
  /** Taken from a public source (GIAS, Ofsted, a school's or council's own page). */
  | 'REAL';

/** A Centre of Excellence's or Flagship School's annual review. */
export type RecordAnnualReviewInput = {
  /** The assessor's name. */
  assessor: string;
  /** The award's id, e.g. A-140412-20231215-3f9a1c; it must still stand on reviewedOn. */
  awardId: string | number;
  /** The award version you read; a stale version gets CONFLICT instead of overwriting a newer change. */
  expectedVersion?: number | null | undefined;
  /** ILLUSTRATIVE only for demonstration data; defaults to REAL. */
  provenance?: Provenance | null | undefined;
  /**
   * The day of the review: not in the future, after the last review (or the award date), and no earlier than 183
   * days before the anniversary it counts for (one review per cycle).
   */
  reviewedOn: string;
  /** The written progress update; for a Flagship School, the progress of its research project. */
  summary: string;
};

/** Give exactly one of urn, trustUid or laCode: a school's reminders, or those of a trust's or a council's schools. */
export type ReminderFilter = {
  /** True: only acknowledged reminders; false: only those not yet acknowledged; omit for both. */
  acknowledged?: boolean | null | undefined;
  /** A council's three-digit GIAS LA code: the reminders of the council's schools. */
  laCode?: string | number | null | undefined;
  /** Only reminders made on or after this day. */
  since?: string | null | undefined;
  /** Only reminders with this status. */
  status?: ReminderStatus | null | undefined;
  /** A trust's GIAS group UID: the reminders of the trust's schools (as they stood when each reminder was made). */
  trustUid?: string | number | null | undefined;
  /** A school's six-digit URN: that school's reminders. */
  urn?: string | number | null | undefined;
};

/** Where a reminder's delivery stands. */
export type ReminderStatus =
  /** The last delivery attempt failed; the next daily run retries it. */
  | 'FAILED'
  /** Delivered on every channel, but the school, its trust and its council had no contacts: nobody was told. */
  | 'NO_RECIPIENTS'
  /** Recorded; not yet delivered on every channel. */
  | 'PENDING'
  /** Delivered to its recipients. */
  | 'SENT';

/** A reminder recipient to remove. */
export type RemoveContactInput = {
  /** The contact's e-mail address (any case); an address that is not a contact of the owner is NOT_FOUND. */
  email: string;
  /** Whose contact: a school, a trust or a council (exactly one). */
  owner: ContactOwnerInput;
};

/** The evaluation areas of a 2025 report card: the six main areas, then Early years and Post-16 where they apply. */
export type ReportCardArea =
  /** Achievement. */
  | 'ACHIEVEMENT'
  /** Attendance and behaviour. */
  | 'ATTENDANCE_AND_BEHAVIOUR'
  /** Curriculum and teaching. */
  | 'CURRICULUM_AND_TEACHING'
  /** Early years, where the school has it. */
  | 'EARLY_YEARS'
  /** Inclusion. */
  | 'INCLUSION'
  /** Leadership and governance. */
  | 'LEADERSHIP_AND_GOVERNANCE'
  /** Personal development and well-being. */
  | 'PERSONAL_DEVELOPMENT_AND_WELLBEING'
  /** Post-16 (sixth form), where the school has it. */
  | 'POST_16';

/** The five-point scale of 2025 report cards. */
export type ReportCardGrade =
  /** Exceptional: the highest grade. */
  | 'EXCEPTIONAL'
  /** Expected standard. */
  | 'EXPECTED_STANDARD'
  /** Needs attention. */
  | 'NEEDS_ATTENTION'
  /** Strong standard. */
  | 'STRONG_STANDARD'
  /** Urgent improvement: the lowest grade. */
  | 'URGENT_IMPROVEMENT';

/** A report-card inspection, or a monitoring visit that grades only the areas it looked at. */
export type ReportCardVisit =
  /** A full inspection: grades the six main areas (and Early years, Post-16 where they apply). */
  | 'FULL'
  /** Grades some areas only; it does not replace the standing graded outcome. */
  | 'MONITORING';

/** Safeguarding outcome on either framework: EFFECTIVE / NOT_EFFECTIVE (legacy), MET / NOT_MET (report card). */
export type Safeguarding =
  /** Legacy: safeguarding is effective. */
  | 'EFFECTIVE'
  /** Report card: safeguarding standards are met. */
  | 'MET'
  /** Legacy: safeguarding is not effective (a safeguarding concern). */
  | 'NOT_EFFECTIVE'
  /** Report card: safeguarding standards are not met (a safeguarding concern). */
  | 'NOT_MET';

/**
 * Narrows a school list; every criterion given must hold (omitted or null criteria are ignored). Without a council or
 * trust, England's list can be searched by nameContains and filtered by census only (see Query.schools).
 */
export type SchoolFilter = {
  /** True: academies (schools in an academy trust); false: maintained schools (no trust). */
  academy?: boolean | null | undefined;
  /** Schools whose standing award is at this level. */
  awardLevel?: AwardLevel | null | undefined;
  /** Schools whose latest open award has this status. */
  awardStatus?: AwardStatus | null | undefined;
  /** Schools with a review or reassessment due on or before this date (overdue included, lapsed excluded). */
  dueBefore?: string | null | undefined;
  /** Schools with a review or reassessment due on or after this date (with dueBefore: due within a window). */
  dueOnOrAfter?: string | null | undefined;
  /** True: special measures or serious weaknesses at the standing graded inspection; false: all others. */
  inCategoryOfConcern?: boolean | null | undefined;
  /** Schools whose standing graded inspection (own or a predecessor's) gave this 2025 report-card Inclusion grade. */
  inclusionGrade?: ReportCardGrade | null | undefined;
  /** True: the standing graded outcome was made under a predecessor URN (inherited); false: all others. */
  inheritedOutcome?: boolean | null | undefined;
  /** Schools whose standing graded inspection gave this legacy overall-effectiveness grade. */
  legacyGrade?: LegacyGrade | null | undefined;
  /** Only schools of this local authority (three-digit GIAS LA code, e.g. 886). */
  localAuthority?: string | number | null | undefined;
  /** Schools whose EHC plan % is at least this (0 to 100). */
  minEhcPlanPercent?: number | null | undefined;
  /** Schools whose free-school-meal % is at least this (0 to 100). */
  minFsmPercent?: number | null | undefined;
  /** Schools whose SEN support % is at least this (0 to 100). */
  minSenSupportPercent?: number | null | undefined;
  /** Part of the school's name: any case, accents ignored. */
  nameContains?: string | null | undefined;
  /** True: no inspection of the school or of any predecessor; false: inspected schools. */
  neverInspected?: boolean | null | undefined;
  /** Phase of education, e.g. Primary; any case, otherwise exact. */
  phase?: string | null | undefined;
  /**
   * True: schools whose standing graded inspection found safeguarding not effective / not met; false: all others
   * (never-inspected schools included).
   */
  safeguardingConcern?: boolean | null | undefined;
  /** Only schools of this trust (GIAS group UID, digits, e.g. 2864). */
  trust?: string | number | null | undefined;
  /** GIAS type of establishment, exact (e.g. Community school). */
  type?: string | null | undefined;
  /**
   * Only these schools, a chosen set: 1 to 100 six-digit URNs (a URN Beacon does not hold, or a closed school, is
   * simply not listed). Without a council or trust, the set is its own list and every filter and sort applies.
   */
  urns?: Array<string | number> | null | undefined;
  /** True: schools whose award stands (current, due soon, due or overdue); false: schools with none (lapsed included). */
  withStandingAward?: boolean | null | undefined;
  /** True: schools with no active partner agency; false: schools with at least one. */
  withoutPartnerAgency?: boolean | null | undefined;
};

/** How a school list is ordered. */
export type SchoolSort =
  /** Weakest behaviour-and-attitudes judgement first (standing legacy inspection); schools without one last. */
  | 'BEHAVIOUR_AND_ATTITUDES'
  /** Soonest review or reassessment first; schools with nothing due last. */
  | 'DUE_DATE'
  /** Highest EHC plan % first; schools without figures last. */
  | 'EHC_PLAN_PERCENT'
  /** Highest free-school-meal % first; schools without figures last. */
  | 'FSM_PERCENT'
  /** Weakest 2025 report-card Inclusion grade first; schools without a report card last. */
  | 'INCLUSION_GRADE'
  /** Most recent inspection first; never-inspected schools last. */
  | 'LATEST_INSPECTION'
  /** Weakest leadership-and-management judgement first (standing legacy inspection); schools without one last. */
  | 'LEADERSHIP_AND_MANAGEMENT'
  /** By name, A to Z (the default). */
  | 'NAME'
  /** Weakest personal-development judgement first (standing legacy inspection); schools without one last. */
  | 'PERSONAL_DEVELOPMENT'
  /** Weakest quality-of-education judgement first (standing legacy inspection); schools without one last. */
  | 'QUALITY_OF_EDUCATION'
  /** Highest SEN support % first; schools without figures last. */
  | 'SEN_SUPPORT_PERCENT';

/** Where a search's text was found in a council, trust or school. */
export type SearchField =
  /** The record's own code: a school's URN, a council's LA or ONS code, a trust's UID or TR-number. */
  | 'CODE'
  /** A former name: a trust's earlier GIAS name, or the name of a school's predecessor (before a conversion). */
  | 'FORMER_NAME'
  /** The record's name. */
  | 'NAME'
  /** The school's postcode, whole (ME9 8PL) or its outward code (ME9). */
  | 'POSTCODE'
  /** The URN of a school's predecessor: the school it replaced. */
  | 'PREDECESSOR_URN'
  /** The school's town. */
  | 'TOWN';

/** Whether a trust is open, as GIAS's group records state it. */
export type TrustStatus =
  /** Closed, as GIAS states it. */
  | 'CLOSED'
  /** Open. */
  | 'OPEN';

/** An academy trust's type, as GIAS records it. */
export type TrustType =
  /** A multi-academy trust: one trust running several academies. */
  | 'MULTI_ACADEMY_TRUST'
  /** A single-academy trust: a trust running one academy. */
  | 'SINGLE_ACADEMY_TRUST';

export type SchoolRowFragment = { urn: string, name: string, type: string | null, phase: string | null, trust: { uid: string, name: string } | null, inclusionStatus: { awardLevel: AwardLevel | null, awardStatus: AwardStatus | null, nextDueOn: string | null, latestInspectionOn: string | null, gradedInspectionOn: string | null, gradedInheritedFromUrn: string | null, inclusionGrade: ReportCardGrade | null, legacyOverallGrade: LegacyGrade | null, safeguarding: Safeguarding | null, ungradedInspectionOn: string | null, ungradedOutcome: string | null } };

export type SchoolOutcomesFragment = { inclusionStatus: { previousGradedInspectionOn: string | null, previousLegacyOverallGrade: LegacyGrade | null, previousInclusionGrade: ReportCardGrade | null, judgements: Array<{ area: LegacyJudgementArea, grade: LegacyGrade }>, evaluations: Array<{ area: ReportCardArea, grade: ReportCardGrade }> } };

export type ChangeRowFragment = { id: string, kind: ChangeKind, happenedOn: string, recordedAt: string, summary: string, from: string | null, to: string | null, schoolName: string | null, public: boolean, school: { urn: string, name: string } | null, relatedSchool: { urn: string, name: string } | null, source: { name: string, file: string | null, asAt: string | null, actor: string | null } };

export type LocalAuthorityChangesQueryVariables = Exact<{
  code: string | number;
  first?: number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  kinds?: Array<ChangeKind> | ChangeKind | null | undefined;
  after?: string | null | undefined;
}>;


export type LocalAuthorityChangesQuery = { localAuthority: { changes: { edges: Array<{ node: { id: string, kind: ChangeKind, happenedOn: string, recordedAt: string, summary: string, from: string | null, to: string | null, schoolName: string | null, public: boolean, school: { urn: string, name: string } | null, relatedSchool: { urn: string, name: string } | null, source: { name: string, file: string | null, asAt: string | null, actor: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type LocalAuthorityNameQueryVariables = Exact<{
  code: string | number;
}>;


export type LocalAuthorityNameQuery = { localAuthority: { code: string, name: string } | null };

export type TrustChangesQueryVariables = Exact<{
  uid: string | number;
  first?: number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  kinds?: Array<ChangeKind> | ChangeKind | null | undefined;
  after?: string | null | undefined;
}>;


export type TrustChangesQuery = { trust: { changes: { edges: Array<{ node: { id: string, kind: ChangeKind, happenedOn: string, recordedAt: string, summary: string, from: string | null, to: string | null, schoolName: string | null, public: boolean, school: { urn: string, name: string } | null, relatedSchool: { urn: string, name: string } | null, source: { name: string, file: string | null, asAt: string | null, actor: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type TrustNameQueryVariables = Exact<{
  uid: string | number;
}>;


export type TrustNameQuery = { trust: { uid: string, name: string } | null };

export type SchoolChangesQueryVariables = Exact<{
  urn: string | number;
  first?: number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  kinds?: Array<ChangeKind> | ChangeKind | null | undefined;
  after?: string | null | undefined;
}>;


export type SchoolChangesQuery = { school: { changes: { edges: Array<{ node: { id: string, kind: ChangeKind, happenedOn: string, recordedAt: string, summary: string, from: string | null, to: string | null, schoolName: string | null, public: boolean, school: { urn: string, name: string } | null, relatedSchool: { urn: string, name: string } | null, source: { name: string, file: string | null, asAt: string | null, actor: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SchoolNameQueryVariables = Exact<{
  urn: string | number;
}>;


export type SchoolNameQuery = { school: { urn: string, name: string, localAuthority: { code: string, name: string } } | null };

export type LocalAuthorityChangesSinceQueryVariables = Exact<{
  code: string | number;
  since: string;
  after?: string | null | undefined;
}>;


export type LocalAuthorityChangesSinceQuery = { localAuthority: { changes: { edges: Array<{ node: { kind: ChangeKind } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type UnsubscribeFromDigestMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeFromDigestMutation = { unsubscribeFromDigest: { email: string, scopeName: string, unsubscribedAt: string | null } };

export type SummaryFieldsFragment = { asOf: string, schoolCount: number, withStandingAward: number, shareWithStandingAward: number, dueWithin30Days: number, dueWithin90Days: number, overdue: number, safeguardingConcerns: number, withoutPartnerAgency: number, byAwardStatus: Array<{ status: AwardStatus, count: number }>, byAwardLevel: Array<{ level: AwardLevel, count: number }>, inspectionOutcomes: { ungraded: number, withUngradedSince: number, inherited: number, inCategoryOfConcern: number, neverInspected: number, reportCardInclusion: Array<{ grade: ReportCardGrade, count: number }>, legacyOverall: Array<{ grade: LegacyGrade, count: number }> }, dataSources: Array<{ kind: string, file: string, asAt: string }> };

export type EnglandQueryVariables = Exact<{ [key: string]: never; }>;


export type EnglandQuery = { england: { inclusionSummary: { asOf: string, schoolCount: number, withStandingAward: number, shareWithStandingAward: number, dueWithin30Days: number, dueWithin90Days: number, overdue: number, safeguardingConcerns: number, withoutPartnerAgency: number, byAwardStatus: Array<{ status: AwardStatus, count: number }>, byAwardLevel: Array<{ level: AwardLevel, count: number }>, inspectionOutcomes: { ungraded: number, withUngradedSince: number, inherited: number, inCategoryOfConcern: number, neverInspected: number, reportCardInclusion: Array<{ grade: ReportCardGrade, count: number }>, legacyOverall: Array<{ grade: LegacyGrade, count: number }> }, dataSources: Array<{ kind: string, file: string, asAt: string }> } }, localAuthorities: { totalCount: number, edges: Array<{ node: { code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MoreLocalAuthoritiesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MoreLocalAuthoritiesQuery = { localAuthorities: { edges: Array<{ node: { code: string, name: string } }> } };

export type FindLocalAuthoritiesQueryVariables = Exact<{
  search: string;
}>;


export type FindLocalAuthoritiesQuery = { localAuthorities: { totalCount: number, edges: Array<{ node: { code: string, name: string } }> } };

export type CompareLocalAuthoritiesQueryVariables = Exact<{
  codes?: Array<string | number> | string | number | null | undefined;
  neighboursOf?: string | number | null | undefined;
}>;


export type CompareLocalAuthoritiesQuery = { compareLocalAuthorities: { localAuthorities: Array<{ code: string, name: string }>, rows: Array<{ indicator: { id: string, label: string, topic: string, unit: IndicatorUnit, decimals: number, polarity: IndicatorPolarity }, period: { label: string } | null, figures: Array<{ code: string, figure: { value: number | null, status: FigureStatus } }>, england: { figure: { value: number | null, status: FigureStatus } } | null }> } };

export type LocalAuthorityComparesQueryVariables = Exact<{
  code: string | number;
}>;


export type LocalAuthorityComparesQuery = { localAuthority: { code: string, name: string, statisticalNeighbours: Array<{ rank: number, localAuthority: { code: string, name: string } }>, indicators: Array<{ change: number | null, neighbourAverage: number | null, neighbourAverageOf: number, indicator: { id: string, label: string, description: string, topic: string, unit: IndicatorUnit, decimals: number, polarity: IndicatorPolarity, source: { file: string, asAt: string } | null }, latest: { value: number | null, status: FigureStatus, period: { label: string } } | null, previous: { value: number | null, status: FigureStatus, period: { label: string } } | null, series: Array<{ value: number | null, status: FigureStatus, period: { label: string } }>, england: { figure: { value: number | null, status: FigureStatus } } | null, region: { name: string, figure: { value: number | null, status: FigureStatus } } | null, rank: { rank: number, outOf: number } | null }> } | null };

export type UnaddressedRemindersQueryVariables = Exact<{
  code: string | number;
}>;


export type UnaddressedRemindersQuery = { reminders: { edges: Array<{ node: { id: string } }> } | null };

export type LocalAuthorityQueryVariables = Exact<{
  code: string | number;
}>;


export type LocalAuthorityQuery = { localAuthority: { code: string, name: string, onsCode: string | null, inclusionSummary: { asOf: string, schoolCount: number, withStandingAward: number, shareWithStandingAward: number, dueWithin30Days: number, dueWithin90Days: number, overdue: number, safeguardingConcerns: number, withoutPartnerAgency: number, byAwardStatus: Array<{ status: AwardStatus, count: number }>, byAwardLevel: Array<{ level: AwardLevel, count: number }>, inspectionOutcomes: { ungraded: number, withUngradedSince: number, inherited: number, inCategoryOfConcern: number, neverInspected: number, reportCardInclusion: Array<{ grade: ReportCardGrade, count: number }>, legacyOverall: Array<{ grade: LegacyGrade, count: number }> }, dataSources: Array<{ kind: string, file: string, asAt: string }> }, censusSummary: { periodLabel: string | null, schoolCount: number, schoolsWithFigures: number, pupils: number, senSupport: number, senSupportPercent: number | null, ehcPlans: number, ehcPlanPercent: number | null, schoolsWithFsm: number, fsmPercent: number | null }, dueSoon: { totalCount: number, edges: Array<{ node: { urn: string, name: string, type: string | null, phase: string | null, trust: { uid: string, name: string } | null, inclusionStatus: { awardLevel: AwardLevel | null, awardStatus: AwardStatus | null, nextDueOn: string | null, latestInspectionOn: string | null, gradedInspectionOn: string | null, gradedInheritedFromUrn: string | null, inclusionGrade: ReportCardGrade | null, legacyOverallGrade: LegacyGrade | null, safeguarding: Safeguarding | null, ungradedInspectionOn: string | null, ungradedOutcome: string | null } } }> } } | null };

export type PartnerAgencyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerAgencyChoicesQuery = { partnerAgencies: { edges: Array<{ node: { id: string, name: string } }> } };

export type AddPartnershipMutationVariables = Exact<{
  input: AddPartnershipInput;
}>;


export type AddPartnershipMutation = { addPartnership: { since: string, agency: { id: string, name: string } } };

export type GrantAwardMutationVariables = Exact<{
  input: GrantAwardInput;
}>;


export type GrantAwardMutation = { grantAward: { id: string, level: AwardLevel, awardedOn: string, nextDueOn: string | null, nextDueKind: DueKind | null } };

export type AddContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type AddContactMutation = { addContact: { email: string, name: string | null, role: ContactRole } };

export type RemoveContactMutationVariables = Exact<{
  input: RemoveContactInput;
}>;


export type RemoveContactMutation = { removeContact: { email: string, name: string | null, role: ContactRole } };

export type ContactOwnerQueryVariables = Exact<{
  urn: string | number;
  uid: string | number;
  code: string | number;
  isSchool: boolean;
  isTrust: boolean;
  isLocalAuthority: boolean;
}>;


export type ContactOwnerQuery = { school?: { urn: string, name: string, localAuthority: { code: string }, trust: { uid: string } | null } | null, trust?: { uid: string, name: string } | null, localAuthority?: { code: string, name: string } | null };

export type EndPartnershipMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type EndPartnershipMutation = { endPartnership: { since: string, until: string | null, agency: { id: string, name: string } } };

export type LocalAuthoritiesNamedQueryVariables = Exact<{
  search: string;
}>;


export type LocalAuthoritiesNamedQuery = { localAuthorities: { totalCount: number, edges: Array<{ node: { code: string, name: string } }> } };

export type RecordingSchoolQueryVariables = Exact<{
  urn: string | number;
}>;


export type RecordingSchoolQuery = { school: { urn: string, name: string, localAuthority: { code: string, name: string }, trust: { uid: string } | null, awards: Array<{ id: string, level: AwardLevel, status: AwardStatus, awardedOn: string, nextDueOn: string | null, nextDueKind: DueKind | null, version: number, reviews: Array<{ reviewedOn: string, assessor: string | null }> }>, partnerships: Array<{ since: string, until: string | null, isActive: boolean, focus: string | null, councilQualityAssured: boolean, agency: { id: string, name: string } }> } | null };

export type RecordAnnualReviewMutationVariables = Exact<{
  input: RecordAnnualReviewInput;
}>;


export type RecordAnnualReviewMutation = { recordAnnualReview: { id: string, version: number, nextDueOn: string | null, nextDueKind: DueKind | null, reviews: Array<{ reviewedOn: string }> } };

export type RemindersQueryVariables = Exact<{
  filter: ReminderFilter;
}>;


export type RemindersQuery = { reminders: { edges: Array<{ node: { id: string, level: AwardLevel, dueKind: DueKind, dueOn: string, daysBefore: number, status: ReminderStatus, awardStatus: AwardStatus, plannedOn: string, acknowledgedAt: string | null, acknowledgedBy: string | null, school: { urn: string, name: string, localAuthority: { code: string }, trust: { uid: string } | null } | null } }>, pageInfo: { hasNextPage: boolean } } | null };

export type AcknowledgeReminderMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeReminderMutation = { acknowledgeReminder: { id: string, acknowledgedAt: string | null, acknowledgedBy: string | null } };

export type SchoolListCsvQueryVariables = Exact<{
  filter: SchoolFilter;
  sort?: SchoolSort | null | undefined;
}>;


export type SchoolListCsvQuery = { schoolsCsv: string };

export type SchoolListHeadQueryVariables = Exact<{
  code: string | number;
  uid: string | number;
  isLocalAuthority: boolean;
  isTrust: boolean;
}>;


export type SchoolListHeadQuery = { localAuthority?: { code: string, name: string, schoolChoices: { phases: Array<string>, types: Array<string> } } | null, trust?: { uid: string, name: string, schoolChoices: { phases: Array<string>, types: Array<string> } } | null };

export type SchoolListPageQueryVariables = Exact<{
  filter?: SchoolFilter | null | undefined;
  sort?: SchoolSort | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type SchoolListPageQuery = { schools: { totalCount: number, edges: Array<{ node: { urn: string, name: string, type: string | null, phase: string | null, census: { periodLabel: string, senSupportPercent: number | null, ehcPlanPercent: number | null, fsmPercent: number | null } | null, trust: { uid: string, name: string } | null, inclusionStatus: { awardLevel: AwardLevel | null, awardStatus: AwardStatus | null, nextDueOn: string | null, latestInspectionOn: string | null, gradedInspectionOn: string | null, gradedInheritedFromUrn: string | null, inclusionGrade: ReportCardGrade | null, legacyOverallGrade: LegacyGrade | null, safeguarding: Safeguarding | null, ungradedInspectionOn: string | null, ungradedOutcome: string | null, previousGradedInspectionOn: string | null, previousLegacyOverallGrade: LegacyGrade | null, previousInclusionGrade: ReportCardGrade | null, judgements: Array<{ area: LegacyJudgementArea, grade: LegacyGrade }>, evaluations: Array<{ area: ReportCardArea, grade: ReportCardGrade }> } } }> } };

export type SchoolQueryVariables = Exact<{
  urn: string | number;
}>;


export type SchoolQuery = { school: { isOpen: boolean, openedOn: string | null, closedOn: string | null, town: string | null, postcode: string | null, trustJoinedOn: string | null, urn: string, name: string, type: string | null, phase: string | null, localAuthority: { code: string, name: string }, census: { periodLabel: string, pupils: number | null, senSupport: number | null, senSupportPercent: number | null, ehcPlans: number | null, ehcPlanPercent: number | null, fsmPercent: number | null, suppressed: Array<CensusFigure> } | null, predecessors: Array<{ urn: string, name: string, linkType: string, linkedOn: string | null, school: { urn: string } | null }>, successors: Array<{ urn: string, name: string, linkType: string, linkedOn: string | null, school: { urn: string } | null }>, inspections: Array<
      | { __typename: 'LegacyInspection', type: LegacyInspectionType, overallEffectiveness: LegacyGrade | null, categoryOfConcern: CategoryOfConcern | null, outcome: string | null, id: string, urn: string, framework: InspectionFramework, inspectedOn: string, publishedOn: string | null, safeguarding: Safeguarding | null, source: string | null, judgements: Array<{ area: LegacyJudgementArea, grade: LegacyGrade }> }
      | { __typename: 'ReportCardInspection', visit: ReportCardVisit, inclusion: ReportCardGrade | null, id: string, urn: string, framework: InspectionFramework, inspectedOn: string, publishedOn: string | null, safeguarding: Safeguarding | null, source: string | null, evaluations: Array<{ area: ReportCardArea, grade: ReportCardGrade }> }
    >, awards: Array<{ id: string, level: AwardLevel, status: AwardStatus, assessedOn: string, awardedOn: string, assessor: string | null, nextDueOn: string | null, nextDueKind: DueKind | null, provenance: Provenance, elements: Array<{ element: IqmElement, title: string, standOut: boolean, finding: string | null }>, reviews: Array<{ reviewedOn: string, assessor: string | null, summary: string | null }> }>, partnerships: Array<{ since: string, until: string | null, isActive: boolean, focus: string | null, councilQualityAssured: boolean, agency: { id: string, name: string, kind: AgencyKind } }>, contacts: Array<{ email: string, name: string | null, role: ContactRole }> | null, history: { edges: Array<{ node: { at: string, actor: string, action: string, summary: string } }> } | null, trust: { uid: string, name: string } | null, inclusionStatus: { awardLevel: AwardLevel | null, awardStatus: AwardStatus | null, nextDueOn: string | null, latestInspectionOn: string | null, gradedInspectionOn: string | null, gradedInheritedFromUrn: string | null, inclusionGrade: ReportCardGrade | null, legacyOverallGrade: LegacyGrade | null, safeguarding: Safeguarding | null, ungradedInspectionOn: string | null, ungradedOutcome: string | null, previousGradedInspectionOn: string | null, previousLegacyOverallGrade: LegacyGrade | null, previousInclusionGrade: ReportCardGrade | null, judgements: Array<{ area: LegacyJudgementArea, grade: LegacyGrade }>, evaluations: Array<{ area: ReportCardArea, grade: ReportCardGrade }> } } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  first: number;
  localAuthorities?: string | null | undefined;
  trusts?: string | null | undefined;
  schools?: string | null | undefined;
}>;


export type SearchQuery = { search: { localAuthorities: { totalCount: number, edges: Array<{ node: { code: string, name: string, region: { name: string } | null }, match: { field: SearchField, value: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, trusts: { totalCount: number, edges: Array<{ openSchoolCount: number, node: { uid: string, name: string, type: TrustType, status: TrustStatus | null }, match: { field: SearchField, value: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, schools: { totalCount: number, edges: Array<{ node: { urn: string, name: string, type: string | null, town: string | null, postcode: string | null, localAuthority: { name: string } }, match: { field: SearchField, value: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type TrustComparisonQueryVariables = Exact<{
  uid: string | number;
}>;


export type TrustComparisonQuery = { trust: { uid: string, comparison: { rows: Array<{ activePartnerCount: number, previousGradedInspectionOn: string | null, previousOverallEffectiveness: LegacyGrade | null, previousInclusionGrade: ReportCardGrade | null, school: { urn: string }, judgements: Array<{ area: LegacyJudgementArea, grade: LegacyGrade }>, evaluations: Array<{ area: ReportCardArea, grade: ReportCardGrade }>, census: { periodLabel: string, senSupportPercent: number | null, ehcPlanPercent: number | null, fsmPercent: number | null } | null }> } } | null };

export type TrustQueryVariables = Exact<{
  uid: string | number;
}>;


export type TrustQuery = { trust: { uid: string, groupId: string | null, name: string, type: TrustType, status: TrustStatus | null, openedOn: string | null, companiesHouseNumber: string | null, inclusionSummary: { asOf: string, schoolCount: number, withStandingAward: number, shareWithStandingAward: number, dueWithin30Days: number, dueWithin90Days: number, overdue: number, safeguardingConcerns: number, withoutPartnerAgency: number, byAwardStatus: Array<{ status: AwardStatus, count: number }>, byAwardLevel: Array<{ level: AwardLevel, count: number }>, inspectionOutcomes: { ungraded: number, withUngradedSince: number, inherited: number, inCategoryOfConcern: number, neverInspected: number, reportCardInclusion: Array<{ grade: ReportCardGrade, count: number }>, legacyOverall: Array<{ grade: LegacyGrade, count: number }> }, dataSources: Array<{ kind: string, file: string, asAt: string }> }, censusSummary: { periodLabel: string | null, schoolCount: number, schoolsWithFigures: number, pupils: number, senSupport: number, senSupportPercent: number | null, ehcPlans: number, ehcPlanPercent: number | null, schoolsWithFsm: number, fsmPercent: number | null }, schools: { totalCount: number, edges: Array<{ node: { trustJoinedOn: string | null, urn: string, name: string, type: string | null, phase: string | null, localAuthority: { code: string, name: string }, trust: { uid: string, name: string } | null, inclusionStatus: { awardLevel: AwardLevel | null, awardStatus: AwardStatus | null, nextDueOn: string | null, latestInspectionOn: string | null, gradedInspectionOn: string | null, gradedInheritedFromUrn: string | null, inclusionGrade: ReportCardGrade | null, legacyOverallGrade: LegacyGrade | null, safeguarding: Safeguarding | null, ungradedInspectionOn: string | null, ungradedOutcome: string | null } } }> } } | null };

export const SchoolRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inclusionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awardStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInheritedFromUrn"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionGrade"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"safeguarding"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedOutcome"}}]}}]}}]} as unknown as DocumentNode<SchoolRowFragment, unknown>;
export const SchoolOutcomesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolOutcomes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inclusionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousGradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"previousLegacyOverallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"previousInclusionGrade"}}]}}]}}]} as unknown as DocumentNode<SchoolOutcomesFragment, unknown>;
export const ChangeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]} as unknown as DocumentNode<ChangeRowFragment, unknown>;
export const SummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InclusionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"withStandingAward"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithStandingAward"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"withoutPartnerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"byAwardStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAwardLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCardInclusion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ungraded"}},{"kind":"Field","name":{"kind":"Name","value":"withUngradedSince"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"inCategoryOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"neverInspected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}}]}}]}}]} as unknown as DocumentNode<SummaryFieldsFragment, unknown>;
export const LocalAuthorityChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalAuthorityChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]} as unknown as DocumentNode<LocalAuthorityChangesQuery, LocalAuthorityChangesQueryVariables>;
export const LocalAuthorityNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalAuthorityName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LocalAuthorityNameQuery, LocalAuthorityNameQueryVariables>;
export const TrustChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]} as unknown as DocumentNode<TrustChangesQuery, TrustChangesQueryVariables>;
export const TrustNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TrustNameQuery, TrustNameQueryVariables>;
export const SchoolChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]} as unknown as DocumentNode<SchoolChangesQuery, SchoolChangesQueryVariables>;
export const SchoolNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolNameQuery, SchoolNameQueryVariables>;
export const LocalAuthorityChangesSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalAuthorityChangesSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalAuthorityChangesSinceQuery, LocalAuthorityChangesSinceQueryVariables>;
export const UnsubscribeFromDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeFromDigest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeFromDigest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribedAt"}}]}}]}}]} as unknown as DocumentNode<UnsubscribeFromDigestMutation, UnsubscribeFromDigestMutationVariables>;
export const EnglandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"England"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"england"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inclusionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InclusionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"withStandingAward"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithStandingAward"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"withoutPartnerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"byAwardStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAwardLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCardInclusion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ungraded"}},{"kind":"Field","name":{"kind":"Name","value":"withUngradedSince"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"inCategoryOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"neverInspected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}}]}}]}}]} as unknown as DocumentNode<EnglandQuery, EnglandQueryVariables>;
export const MoreLocalAuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoreLocalAuthorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoreLocalAuthoritiesQuery, MoreLocalAuthoritiesQueryVariables>;
export const FindLocalAuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindLocalAuthorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindLocalAuthoritiesQuery, FindLocalAuthoritiesQueryVariables>;
export const CompareLocalAuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareLocalAuthorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighboursOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareLocalAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}},{"kind":"Argument","name":{"kind":"Name","value":"neighboursOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighboursOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"england"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareLocalAuthoritiesQuery, CompareLocalAuthoritiesQueryVariables>;
export const LocalAuthorityComparesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalAuthorityCompares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statisticalNeighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"england"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourAverage"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourAverageOf"}},{"kind":"Field","name":{"kind":"Name","value":"rank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"outOf"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalAuthorityComparesQuery, LocalAuthorityComparesQueryVariables>;
export const UnaddressedRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnaddressedReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"laCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"NO_RECIPIENTS"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnaddressedRemindersQuery, UnaddressedRemindersQueryVariables>;
export const LocalAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onsCode"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"censusSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithFigures"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"senSupport"}},{"kind":"Field","name":{"kind":"Name","value":"senSupportPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlans"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlanPercent"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithFsm"}},{"kind":"Field","name":{"kind":"Name","value":"fsmPercent"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dueSoon"},"name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DUE_DATE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueBefore"},"value":{"kind":"StringValue","value":"9999-12-31","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InclusionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"withStandingAward"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithStandingAward"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"withoutPartnerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"byAwardStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAwardLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCardInclusion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ungraded"}},{"kind":"Field","name":{"kind":"Name","value":"withUngradedSince"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"inCategoryOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"neverInspected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inclusionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awardStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInheritedFromUrn"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionGrade"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"safeguarding"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedOutcome"}}]}}]}}]} as unknown as DocumentNode<LocalAuthorityQuery, LocalAuthorityQueryVariables>;
export const PartnerAgencyChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerAgencyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerAgencyChoicesQuery, PartnerAgencyChoicesQueryVariables>;
export const AddPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddPartnershipMutation, AddPartnershipMutationVariables>;
export const GrantAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueKind"}}]}}]}}]} as unknown as DocumentNode<GrantAwardMutation, GrantAwardMutationVariables>;
export const AddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddContactMutation, AddContactMutationVariables>;
export const RemoveContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RemoveContactMutation, RemoveContactMutationVariables>;
export const ContactOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isSchool"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isTrust"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isLocalAuthority"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isSchool"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isTrust"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isLocalAuthority"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactOwnerQuery, ContactOwnerQueryVariables>;
export const EndPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EndPartnershipMutation, EndPartnershipMutationVariables>;
export const LocalAuthoritiesNamedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalAuthoritiesNamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalAuthoritiesNamedQuery, LocalAuthoritiesNamedQueryVariables>;
export const RecordingSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordingSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueKind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"councilQualityAssured"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordingSchoolQuery, RecordingSchoolQueryVariables>;
export const RecordAnnualReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAnnualReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAnnualReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAnnualReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueKind"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAnnualReviewMutation, RecordAnnualReviewMutationVariables>;
export const RemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dueKind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardStatus"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<RemindersQuery, RemindersQueryVariables>;
export const AcknowledgeReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeReminderMutation, AcknowledgeReminderMutationVariables>;
export const SchoolListCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolListCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}]}]}}]} as unknown as DocumentNode<SchoolListCsvQuery, SchoolListCsvQueryVariables>;
export const SchoolListHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolListHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isLocalAuthority"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isTrust"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isLocalAuthority"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schoolChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"types"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isTrust"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schoolChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"types"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolListHeadQuery, SchoolListHeadQueryVariables>;
export const SchoolListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"census"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"senSupportPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlanPercent"}},{"kind":"Field","name":{"kind":"Name","value":"fsmPercent"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inclusionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awardStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInheritedFromUrn"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionGrade"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"safeguarding"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolOutcomes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inclusionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousGradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"previousLegacyOverallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"previousInclusionGrade"}}]}}]}}]} as unknown as DocumentNode<SchoolListPageQuery, SchoolListPageQueryVariables>;
export const SchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"School"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"trustJoinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"census"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"senSupport"}},{"kind":"Field","name":{"kind":"Name","value":"senSupportPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlans"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlanPercent"}},{"kind":"Field","name":{"kind":"Name","value":"fsmPercent"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkType"}},{"kind":"Field","name":{"kind":"Name","value":"linkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkType"}},{"kind":"Field","name":{"kind":"Name","value":"linkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"safeguarding"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegacyInspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"overallEffectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"categoryOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"judgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCardInspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"}},{"kind":"Field","name":{"kind":"Name","value":"inclusion"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueKind"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"standOut"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"councilQualityAssured"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inclusionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awardStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInheritedFromUrn"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionGrade"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"safeguarding"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolOutcomes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inclusionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousGradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"previousLegacyOverallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"previousInclusionGrade"}}]}}]}}]} as unknown as DocumentNode<SchoolQuery, SchoolQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorities"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trusts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schools"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trusts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSchoolCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schools"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TrustComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activePartnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"judgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousGradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"previousOverallEffectiveness"}},{"kind":"Field","name":{"kind":"Name","value":"previousInclusionGrade"}},{"kind":"Field","name":{"kind":"Name","value":"census"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"senSupportPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlanPercent"}},{"kind":"Field","name":{"kind":"Name","value":"fsmPercent"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustComparisonQuery, TrustComparisonQueryVariables>;
export const TrustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"companiesHouseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"censusSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithFigures"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"senSupport"}},{"kind":"Field","name":{"kind":"Name","value":"senSupportPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlans"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlanPercent"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithFsm"}},{"kind":"Field","name":{"kind":"Name","value":"fsmPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}},{"kind":"Field","name":{"kind":"Name","value":"trustJoinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InclusionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"withStandingAward"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithStandingAward"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"withoutPartnerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"byAwardStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAwardLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCardInclusion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ungraded"}},{"kind":"Field","name":{"kind":"Name","value":"withUngradedSince"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"inCategoryOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"neverInspected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inclusionStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awardStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"gradedInheritedFromUrn"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionGrade"}},{"kind":"Field","name":{"kind":"Name","value":"legacyOverallGrade"}},{"kind":"Field","name":{"kind":"Name","value":"safeguarding"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedInspectionOn"}},{"kind":"Field","name":{"kind":"Name","value":"ungradedOutcome"}}]}}]}}]} as unknown as DocumentNode<TrustQuery, TrustQueryVariables>;