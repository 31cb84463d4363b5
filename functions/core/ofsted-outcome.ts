// A school's Ofsted outcomes as Ofsted's statistics state them: the standing graded outcome, the one before it,
// and the latest ungraded inspection since, each with the URN it was made under (a predecessor's: inherited).
import type { IsoDate } from './records.js';
import type { CategoryOfConcern, LegacyGrade, LegacyJudgementArea } from './vocabulary.js';

export type { CategoryOfConcern };

export interface GradedOutcome {
  inspectionNumber?: string;
  /** Ofsted's own name for it, e.g. "S5 Inspection" (the statistics give it for the latest only). */
  type?: string;
  inspectedOn: IsoDate;
  publishedOn?: IsoDate;
  /** The URN the inspection was made under. */
  urn: string;
  /** Made under a predecessor's URN: shown as inherited, never as the school's own. */
  inherited: boolean;
  /** The school's name at the time, as Ofsted states it (a predecessor's name when inherited). */
  nameAtInspection?: string;
  /** Null when not judged (graded inspections from September 2024 give the key judgements alone). */
  overallEffectiveness: LegacyGrade | null;
  categoryOfConcern: CategoryOfConcern | null;
  judgements: { area: LegacyJudgementArea; grade: LegacyGrade }[];
  /** Null when not judged separately. */
  safeguardingEffective: boolean | null;
}

export interface UngradedOutcome {
  inspectedOn: IsoDate;
  publishedOn?: IsoDate;
  urn: string;
  inherited: boolean;
  nameAtInspection?: string;
  /** Ofsted's words, e.g. "Standards maintained", "School remains Good". */
  outcome: string;
  convertedToGraded: boolean;
}

/** What Ofsted's file says about the school itself; blank cells are left out. */
export interface OfstedSchoolFacts {
  /** LA code and establishment number, e.g. 3404000: the first three digits are the council's GIAS code. */
  laestab?: string;
  /** Ofsted's phase: Primary, Secondary, Special, Nursery, PRU. */
  phase?: string;
  /** Type of education, e.g. "Academy converter". */
  type?: string;
  openedOn?: IsoDate;
  postcode?: string;
  /** Multi-academy trust UID, as GIAS's group UID. */
  trustUid?: string;
}

export interface OfstedOutcomes {
  urn: string;
  laName: string;
  schoolName: string;
  school: OfstedSchoolFacts;
  latestGraded: GradedOutcome | null;
  previousGraded: GradedOutcome | null;
  /** The latest ungraded inspection since the latest graded one. */
  latestUngraded: UngradedOutcome | null;
}

const GRADES: Record<string, LegacyGrade> = {
  '1': 'OUTSTANDING',
  '2': 'GOOD',
  '3': 'REQUIRES_IMPROVEMENT',
  '4': 'INADEQUATE',
};

/** Ofsted's grade codes: 1–4 graded; 9, 8 and 0 (and "Not judged") not judged or not applicable. */
export function gradeOf(code: string): LegacyGrade | null | undefined {
  const text = code.trim();
  if (text in GRADES) return GRADES[text];
  return ['', '0', '8', '9', 'Not judged'].includes(text) ? null : undefined;
}

export function categoryOfConcern(code: string): CategoryOfConcern | null | undefined {
  const text = code.trim();
  if (text === '') return null;
  const categories: Record<string, CategoryOfConcern> = {
    SM: 'SPECIAL_MEASURES',
    SWK: 'SERIOUS_WEAKNESSES',
    NTI: 'NOTICE_TO_IMPROVE',
  };
  return categories[text];
}

/** The standing outcome for a dashboard: a graded one that is not the school's own reads "inherited". */
export function describeGraded(outcome: GradedOutcome | null): string {
  if (!outcome) return 'Never inspected';
  const grade = outcome.overallEffectiveness?.toLowerCase().replaceAll('_', ' ') ?? 'no overall grade';
  return `${grade} (${outcome.inspectedOn}${outcome.inherited ? `, inherited from URN ${outcome.urn}` : ''})`;
}
