// SEN and EHC plans: LAIT's measures from the January census and the SEN2 return, and the SEN2 release's own (EES).
// Polarity as LAIT reads it: how many pupils have SEN support or a plan is context (NEITHER); plans issued within
// 20 weeks is the statutory timeliness (HIGHER); the tribunal appeal rate counts disputes (LOWER).
import type { IndicatorDefinition } from './catalogue-types.js';

const census = { unit: 'PERCENT', decimals: 1, polarity: 'NEITHER', periodKind: 'JANUARY_CENSUS' } as const;
const caseload = { unit: 'COUNT', decimals: 0, polarity: 'NEITHER', periodKind: 'JANUARY_CENSUS' } as const;
const calendar = { unit: 'PERCENT', decimals: 1, periodKind: 'CALENDAR_YEAR' } as const;

export const SEN_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'sen-support',
    label: 'Pupils with SEN support',
    description: 'Pupils with special educational needs support (no EHC plan), as a % of all pupils in January.',
    topic: 'SEN',
    ...census,
    lait: 'SEN_TotSENSuP',
  },
  {
    id: 'ehc-plan-pupils',
    label: 'Pupils with an EHC plan',
    description: 'Pupils with an education, health and care plan (or a statement of SEN), as a % of all pupils.',
    topic: 'SEN',
    ...census,
    lait: 'SEN_TotStat',
  },
  {
    id: 'sen-support-primary',
    label: 'Primary pupils with SEN support',
    description: 'Pupils in primary schools with SEN support, as a % of primary pupils in January.',
    topic: 'SEN',
    ...census,
    lait: 'PrimNoStatements',
  },
  {
    id: 'sen-support-secondary',
    label: 'Secondary pupils with SEN support',
    description: 'Pupils in secondary schools with SEN support, as a % of secondary pupils in January.',
    topic: 'SEN',
    ...census,
    lait: 'SecNoStatements',
  },
  {
    id: 'ehc-plan-primary',
    label: 'Primary pupils with an EHC plan',
    description: 'Pupils in primary schools with an EHC plan or statement, as a % of primary pupils in January.',
    topic: 'SEN',
    ...census,
    lait: 'PrimStatements',
  },
  {
    id: 'ehc-plan-secondary',
    label: 'Secondary pupils with an EHC plan',
    description: 'Pupils in secondary schools with an EHC plan or statement, as a % of secondary pupils in January.',
    topic: 'SEN',
    ...census,
    decimals: 2,
    lait: 'SecStatements',
  },
  {
    id: 'ehc-plans',
    label: 'EHC plans maintained',
    description: 'Education, health and care plans the council maintained in January (children and young people 0-25).',
    topic: 'EHC plans',
    ...caseload,
    lait: 'SEN_CASES_JAN',
    ees: { columns: ['ehcplans'] },
  },
  {
    id: 'ehc-plans-resourced-provision',
    label: 'EHC plans in resourced provision',
    description:
      'Plans of pupils placed in resourced provision of mainstream schools (maintained, academy, free school).',
    topic: 'EHC plans',
    ...caseload,
    ees: {
      columns: [
        'mainstream_la_maintained_resourced_provision',
        'mainstream_academy_resourced_provision',
        'mainstream_free_school_resourced_provision',
      ],
    },
  },
  {
    id: 'ehc-plans-sen-units',
    label: 'EHC plans in SEN units',
    description: 'Plans of pupils placed in SEN units of mainstream schools (maintained, academy, free school).',
    topic: 'EHC plans',
    ...caseload,
    ees: {
      columns: ['mainstream_la_maintained_senunit', 'mainstream_academy_senunit', 'mainstream_free_school_senunit'],
    },
  },
  {
    id: 'ehc-plans-in-mainstream',
    label: 'EHC plans in mainstream schools',
    description: 'Plans whose child or young person attends a mainstream school, as a % of all plans in January.',
    topic: 'EHC plans',
    ...census,
    ees: { columns: ['mainstream_total_pc'] },
  },
  {
    id: 'ehc-plans-in-special',
    label: 'EHC plans in special schools',
    description: 'Plans whose child or young person attends a special school, as a % of all plans in January.',
    topic: 'EHC plans',
    ...census,
    ees: { columns: ['special_total_pc'] },
  },
  {
    id: 'ehc-plans-within-20-weeks',
    label: 'New EHC plans issued within 20 weeks',
    description: 'New plans issued within the statutory 20 weeks, as a % of all new plans issued in the year.',
    topic: 'EHC plans',
    ...calendar,
    polarity: 'HIGHER_IS_BETTER',
    lait: 'SEN_EHC_All_20wks',
    ees: { columns: ['pc_plans_issued_within_20_weeks'] },
  },
  {
    id: 'ehc-plans-within-20-weeks-excluding-exceptions',
    label: 'New EHC plans issued within 20 weeks, excluding exceptions',
    description: 'As the 20-week measure, leaving out the cases the regulations except from the time limit.',
    topic: 'EHC plans',
    ...calendar,
    polarity: 'HIGHER_IS_BETTER',
    lait: 'SEN_EHC_Excpt_20wks',
    ees: { columns: ['PC_plans_issued_20_weeks_ex'] },
  },
  {
    id: 'ehc-assessment-requests',
    label: 'Requests for an EHC needs assessment',
    description: 'Requests for an EHC needs assessment the council received in the calendar year.',
    topic: 'EHC plans',
    ...caseload,
    periodKind: 'CALENDAR_YEAR',
    ees: { columns: ['requests_received_in_year'] },
  },
  {
    id: 'ehc-assessment-requests-refused',
    label: 'Requests for assessment refused',
    description: 'Requests where the council decided not to assess, as a % of requests received in the year.',
    topic: 'EHC plans',
    ...calendar,
    polarity: 'NEITHER',
    lait: 'EHCP_Initial_req_refused',
    ees: { columns: ['request_not_assess_pc'] },
  },
  {
    id: 'send-tribunal-appeal-rate',
    label: 'Appeals to the SEND Tribunal',
    description: 'Appeals registered with the SEND Tribunal, as a % of the council’s appealable decisions.',
    topic: 'EHC plans',
    ...calendar,
    polarity: 'LOWER_IS_BETTER',
    lait: 'SEN_AppealableDec',
  },
];
