// Domain records: what Beacon knows, independent of storage and of GraphQL.
import type { SchoolCensusRecord } from './census.js';
import type {
  AgencyKind,
  AwardLevel,
  AwardStatus,
  CategoryOfConcern,
  DueKind,
  IqmElement,
  LegacyGrade,
  LegacyInspectionType,
  LegacyJudgementArea,
  LegacySafeguarding,
  Provenance,
  ReportCardArea,
  ReportCardGrade,
  ReportCardSafeguarding,
  TrustStatus,
  TrustType,
} from './vocabulary.js';

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface LocalAuthorityRecord {
  code: string;
  name: string;
  onsCode?: string;
}

export interface TrustRecord {
  uid: string;
  groupId?: string;
  name: string;
  /** Names GIAS stated for the trust before (an earlier groups file, or the name an import replaced), for search. */
  formerNames?: string[];
  type: TrustType;
  companiesHouseNumber?: string;
  /** As GIAS's group records state it (imported from the group membership file). */
  status?: TrustStatus;
  openedOn?: IsoDate;
  closedOn?: IsoDate;
  provenance: Provenance;
  source?: string;
}

export interface SchoolLinkRecord {
  urn: string;
  name: string;
  linkType: string;
  linkedOn?: IsoDate;
  /** Where the link is stated when not GIAS's links file (e.g. Ofsted's file naming a predecessor's URN). */
  source?: string;
}

/** Denormalised on the school so lists need no per-school reads. */
export interface SchoolSummary {
  /** Agencies with an active partnership (no end date), for "schools without a partner" at no extra read. */
  activePartnerAgencyIds?: string[];
  /** The school's open award of highest level (not withdrawn or superseded); it may since have lapsed. */
  award?: {
    awardId: string;
    level: AwardLevel;
    awardedOn: IsoDate;
    nextDueOn?: IsoDate;
    nextDueKind?: DueKind;
    /** Flagged by the daily reassessment job (absent: not flagged since the award last changed, i.e. CURRENT). */
    status?: AwardStatus;
    /** The job's day that flagged `status`. */
    flaggedOn?: IsoDate;
    provenance?: Provenance;
  };
  /**
   * The standing graded outcome: the newest graded inspection (legacy graded, or a report card) of the school or,
   * after a conversion, of its predecessors (then `urn` is the predecessor's: inherited).
   */
  latestInspection?: InspectionSummaryEntry;
  /** The latest ungraded or monitoring inspection since the standing graded one, kept apart from it. */
  ungradedSince?: InspectionSummaryEntry;
  /** The graded outcome before the standing one (what it replaced), so a list shows the trend at no extra read. */
  previousGraded?: InspectionSummaryEntry;
}

export interface InspectionSummaryEntry {
  inspectionId: string;
  /** The URN the inspection was made under. */
  urn?: string;
  framework: 'LEGACY' | 'REPORT_CARD';
  inspectedOn: IsoDate;
  inclusionGrade?: ReportCardGrade;
  overallEffectiveness?: LegacyGrade;
  safeguarding?: LegacySafeguarding | ReportCardSafeguarding;
  categoryOfConcern?: CategoryOfConcern;
  /** Ungraded inspections: Ofsted's words, e.g. "Standards maintained". */
  outcome?: string;
  provenance?: Provenance;
  /** Legacy key judgements, when given (summaries written before they were kept have none). */
  judgements?: { area: LegacyJudgementArea; grade: LegacyGrade }[];
  /** Report-card evaluations, in the framework's area order. */
  evaluations?: { area: ReportCardArea; grade: ReportCardGrade }[];
}

export interface SchoolRecord {
  urn: string;
  name: string;
  laCode: string;
  trustUid?: string;
  /** When the school joined its trust, as GIAS states it. */
  trustJoinedOn?: IsoDate;
  phase?: string;
  type?: string;
  administrativeDistrict?: string;
  town?: string;
  postcode?: string;
  openedOn?: IsoDate;
  closedOn?: IsoDate;
  predecessors: SchoolLinkRecord[];
  successors: SchoolLinkRecord[];
  /** Ids of the school's own records, newest first, so lists can batch-read them by key. */
  inspectionIds: string[];
  awardIds: string[];
  /** Partnership keys (agencyId#since), newest first. */
  partnershipIds: string[];
  summary: SchoolSummary;
  /** The newest January school census figures held (DfE), with their census day. */
  census?: SchoolCensusRecord;
  provenance: Provenance;
  source?: string;
  version: number;
}

interface InspectionBase {
  id: string;
  urn: string;
  inspectedOn: IsoDate;
  publishedOn?: IsoDate;
  leadInspector?: string;
  summary?: string;
  provenance: Provenance;
  source?: string;
}

export interface LegacyInspectionRecord extends InspectionBase {
  framework: 'LEGACY';
  type: LegacyInspectionType;
  overallEffectiveness?: LegacyGrade;
  judgements: { area: LegacyJudgementArea; grade: LegacyGrade }[];
  safeguarding?: LegacySafeguarding;
  /** Special measures or serious weaknesses (notice to improve before 2012), as Ofsted states it. */
  categoryOfConcern?: CategoryOfConcern;
  /** Ungraded inspections: Ofsted's outcome words, e.g. "Standards maintained". */
  outcome?: string;
  /** Ungraded inspections: whether it converted to a graded inspection. */
  convertedToGraded?: boolean;
}

export interface ReportCardInspectionRecord extends InspectionBase {
  framework: 'REPORT_CARD';
  /** A monitoring visit grades only some areas and does not replace the standing graded outcome. */
  visit?: 'FULL' | 'MONITORING';
  evaluations: { area: ReportCardArea; grade: ReportCardGrade }[];
  safeguarding: ReportCardSafeguarding;
}

export type InspectionRecord = LegacyInspectionRecord | ReportCardInspectionRecord;

export interface ElementFindingRecord {
  element: IqmElement;
  finding?: string;
  standOut: boolean;
}

export interface AnnualReviewRecord {
  reviewedOn: IsoDate;
  assessor?: string;
  summary?: string;
  provenance: Provenance;
}

export interface AwardRecord {
  id: string;
  urn: string;
  level: AwardLevel;
  assessedOn: IsoDate;
  awardedOn: IsoDate;
  assessor?: string;
  visitDays?: number;
  elements: ElementFindingRecord[];
  /** Newest first. */
  reviews: AnnualReviewRecord[];
  withdrawnOn?: IsoDate;
  withdrawalReason?: string;
  supersededOn?: IsoDate;
  provenance: Provenance;
  source?: string;
  version: number;
}

export interface AwardDue {
  dueOn: IsoDate;
  kind: DueKind;
}

export interface PartnerAgencyRecord {
  id: string;
  name: string;
  kind: AgencyKind;
  laCode?: string;
}

export interface PartnershipRecord {
  urn: string;
  agencyId: string;
  since: IsoDate;
  until?: IsoDate;
  focus?: string;
  councilQualityAssured: boolean;
  provenance: Provenance;
  source?: string;
}

/** Award notes carry their school's URN so the access check can find the school they belong to. */
export type ElementFindingOfSchool = ElementFindingRecord & { urn: string };
export type AnnualReviewOfSchool = AnnualReviewRecord & { urn: string };

/** Where a kind of data last came from: the file, the day its facts are as at, and when it was loaded. */
export interface DataSourceRecord {
  /** The import kind, e.g. ofsted-outcomes, or gias-lists for the seed's school lists. */
  kind: string;
  file: string;
  /** As precise as the file states it: YYYY-MM-DD or YYYY-MM; the load day when the file does not say. */
  asAt: string;
  loadedAt: string;
  rows: number;
}
