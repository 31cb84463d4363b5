// The hand-written scenario for the four schools of the seed documents (../shared/seeds).
// REAL: stated by a public page. ILLUSTRATIVE: the page gives no date (or no year), so one was chosen;
// `source` says which part is assumed. Nothing here invents an Ofsted grade a source does not state.
import type {
  AwardLevel,
  IqmElement,
  LegacyGrade,
  LegacyInspectionType,
  Provenance,
} from '../../functions/core/vocabulary.js';
import { IQM_ELEMENTS } from '../../functions/core/vocabulary.js';

export interface ScenarioInspection {
  urn: string;
  inspectedOn: string;
  type: LegacyInspectionType;
  overallEffectiveness?: LegacyGrade;
  safeguarding?: 'EFFECTIVE' | 'NOT_EFFECTIVE';
  leadInspector?: string;
  summary: string;
  provenance: Provenance;
  source: string;
}

export interface ScenarioAward {
  urn: string;
  level: AwardLevel;
  assessedOn: string;
  awardedOn: string;
  visitDays: number;
  assessor?: string;
  elements: { element: IqmElement; finding?: string; standOut: boolean }[];
  reviews: { reviewedOn: string; summary: string; provenance: Provenance }[];
  provenance: Provenance;
  source: string;
}

export interface ScenarioPartnership {
  urn: string;
  agency: { id: string; name: string; kind: 'COUNCIL_SEND_TEAM'; laCode: string };
  since: string;
  focus: string;
  councilQualityAssured: boolean;
  provenance: Provenance;
  source: string;
}

const IAN_MIKARDO_PAGE = 'Ian Mikardo School, "Our Success" page (shared/seeds/000)';
const MILESTONE_PAGE = 'Milestone Academy news item on its IQM assessment (shared/seeds/001)';
const MICKLEM_PAGE = 'Micklem Primary School, "How Micklem Primary became an IQM school" (shared/seeds/002)';
const LORD_DERBY_PAGE = 'Knowsley News, "Lord Derby Academy rated Centre of Excellence" (shared/seeds/003)';

const allElements = (standOut: IqmElement[] = []) =>
  (Object.keys(IQM_ELEMENTS) as IqmElement[]).map((element) => ({ element, standOut: standOut.includes(element) }));

/** Ian Mikardo's history before its 2018 conversion sits under the predecessor URN 131598. */
export const scenarioInspections: ScenarioInspection[] = [
  {
    urn: '131598',
    inspectedOn: '2006-06-01',
    type: 'GRADED',
    overallEffectiveness: 'OUTSTANDING',
    leadInspector: 'Glenys Fox HMI',
    summary: 'First Outstanding: "a fine and rare example of excellent practice in a school of this type".',
    provenance: 'REAL',
    source: `${IAN_MIKARDO_PAGE}: "June 2006"; day of month assumed`,
  },
  {
    urn: '131598',
    inspectedOn: '2007-12-01',
    type: 'MONITORING',
    leadInspector: 'Eileen Visser HMI',
    summary: 'HMI visit: a student-centred approach; exceptional partnerships with external agencies.',
    provenance: 'REAL',
    source: `${IAN_MIKARDO_PAGE}: "December 2007"; day of month assumed`,
  },
  {
    urn: '131598',
    inspectedOn: '2009-03-01',
    type: 'GRADED',
    overallEffectiveness: 'OUTSTANDING',
    leadInspector: 'Melvyn Blackband HMI',
    summary: 'Second Outstanding: exceptional leadership, excellent teaching, an interesting curriculum.',
    provenance: 'REAL',
    source: `${IAN_MIKARDO_PAGE}: "March 2009"; day of month assumed`,
  },
  {
    urn: '131598',
    inspectedOn: '2014-06-01',
    type: 'GRADED',
    overallEffectiveness: 'OUTSTANDING',
    summary: 'Third consecutive Outstanding: outstanding teaching and outstanding progress.',
    provenance: 'REAL',
    source: `${IAN_MIKARDO_PAGE}: "June 2014"; day of month assumed`,
  },
  {
    urn: '131598',
    inspectedOn: '2016-11-01',
    type: 'MONITORING',
    safeguarding: 'EFFECTIVE',
    leadInspector: 'Lesley Cox HMI',
    summary: 'Confirmed Outstanding status; safeguarding effective. "A happy and well-ordered place to learn."',
    provenance: 'REAL',
    source: `${IAN_MIKARDO_PAGE}: "November 2016"; day of month assumed`,
  },
];

export const scenarioAwards: ScenarioAward[] = [
  {
    urn: '117231',
    level: 'INCLUSIVE_SCHOOL_AWARD',
    assessedOn: '2015-07-01',
    awardedOn: '2015-07-01',
    visitDays: 1,
    elements: allElements(),
    reviews: [],
    provenance: 'REAL',
    source:
      `${MICKLEM_PAGE}: one-day visit in "July 2015", award decided that day; day of month assumed. No later ` +
      `reassessment is public.`,
  },
  {
    urn: '137883',
    level: 'INCLUSIVE_SCHOOL_AWARD',
    assessedOn: '2024-06-19',
    awardedOn: '2024-06-19',
    visitDays: 1,
    elements: allElements(['PARENTS_CARERS_AND_GUARDIANS']),
    reviews: [],
    provenance: 'ILLUSTRATIVE',
    source: `${MILESTONE_PAGE}: a one-day assessment "back in June" (no year given); 2024 assumed`,
  },
  {
    urn: '137883',
    level: 'CENTRE_OF_EXCELLENCE',
    assessedOn: '2024-06-19',
    awardedOn: '2024-06-19',
    visitDays: 1,
    elements: allElements(['PARENTS_CARERS_AND_GUARDIANS']),
    reviews: [
      { reviewedOn: '2025-06-18', summary: 'Annual review (illustrative).', provenance: 'ILLUSTRATIVE' },
      { reviewedOn: '2026-06-17', summary: 'Annual review (illustrative).', provenance: 'ILLUSTRATIVE' },
    ],
    provenance: 'ILLUSTRATIVE',
    source:
      `${MILESTONE_PAGE}: Centre of Excellence awarded at the same June assessment (no year given); 2024 and ` +
      `the reviews assumed`,
  },
  {
    urn: '140412',
    level: 'CENTRE_OF_EXCELLENCE',
    assessedOn: '2023-11-13',
    awardedOn: '2023-12-15',
    visitDays: 3,
    elements: allElements(),
    reviews: [
      { reviewedOn: '2024-12-10', summary: 'Annual review (illustrative).', provenance: 'ILLUSTRATIVE' },
      { reviewedOn: '2025-12-09', summary: 'Annual review (illustrative).', provenance: 'ILLUSTRATIVE' },
    ],
    provenance: 'ILLUSTRATIVE',
    source:
      `${LORD_DERBY_PAGE}: Centre of Excellence after a three-day inspection "last month" (article undated); ` +
      `dates assumed`,
  },
];

export const scenarioPartnerships: ScenarioPartnership[] = [
  {
    urn: '140412',
    agency: { id: 'knowsley-send', name: 'Knowsley Council SEND team', kind: 'COUNCIL_SEND_TEAM', laCode: '340' },
    since: '2023-09-01',
    focus: 'Quality assurance of the SEND provision; partnership working on provision and outcomes.',
    councilQualityAssured: true,
    provenance: 'REAL',
    source: `${LORD_DERBY_PAGE}: "The council carry out quality assurance of the SEND provision"; start date assumed`,
  },
];
