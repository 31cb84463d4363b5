// Absence, suspensions and exclusions, and free school meals: LAIT's measures. Absence and exclusions are academic
// years (LAIT writes absence's by the year it ends: '2025' is 2024/25); FSM is the January census. Lower absence and
// exclusion is better (LAIT's polarity); FSM eligibility is context (NEITHER), except Ever 6, which LAIT's data
// dictionary marks "Low" (lower is better): test/unit/indicator-polarity.test.ts holds the dictionary's reading.
import type { IndicatorDefinition } from './catalogue-types.js';

const absence = {
  topic: 'Absence',
  unit: 'PERCENT',
  decimals: 2,
  polarity: 'LOWER_IS_BETTER',
  periodKind: 'ACADEMIC_YEAR',
} as const;
const exclusions = {
  topic: 'Exclusions',
  unit: 'RATE_PER_100',
  decimals: 2,
  polarity: 'LOWER_IS_BETTER',
  periodKind: 'ACADEMIC_YEAR',
} as const;
const fsm = {
  topic: 'Disadvantage',
  unit: 'PERCENT',
  decimals: 1,
  polarity: 'NEITHER',
  periodKind: 'JANUARY_CENSUS',
} as const;

type Phase = { id: string; label: string; of: string; lait: string };

const byPhase =
  (base: Omit<IndicatorDefinition, 'id' | 'label' | 'description'>, phases: Phase[]) =>
  (make: (phase: Phase) => Pick<IndicatorDefinition, 'label' | 'description'>): IndicatorDefinition[] =>
    phases.map((phase) => ({ id: phase.id, ...make(phase), ...base, lait: phase.lait }));

const persistent = byPhase(absence, [
  { id: 'persistent-absence', label: '', of: 'state-funded primary, secondary and special', lait: 'TotPerAbNew' },
  { id: 'persistent-absence-primary', label: 'primary', of: 'state-funded primary', lait: 'SFPriPerAbNew' },
  { id: 'persistent-absence-secondary', label: 'secondary', of: 'state-funded secondary', lait: 'SFSecPerAbNew' },
  { id: 'persistent-absence-special', label: 'special school', of: 'special', lait: 'SpecPerAbNew' },
])((phase) => ({
  label: `Persistent absence${phase.label ? ` (${phase.label})` : ''}`,
  description: `Pupils of ${phase.of} schools missing 10% or more of their sessions, as a % of pupils.`,
}));

const suspensions = byPhase(exclusions, [
  { id: 'suspensions', label: '', of: 'state-funded primary, secondary and special', lait: 'TotFixedEx' },
  { id: 'suspensions-primary', label: 'primary', of: 'state-funded primary', lait: 'PriFixedEx' },
  { id: 'suspensions-secondary', label: 'secondary', of: 'state-funded secondary', lait: 'SecFixedEx' },
  { id: 'suspensions-special', label: 'special school', of: 'special', lait: 'SpecFixedEx' },
])((phase) => ({
  label: `Suspensions${phase.label ? ` (${phase.label})` : ''}`,
  description: `Suspensions (fixed-period exclusions) per 100 pupils of ${phase.of} schools in the year.`,
}));

const permanent = byPhase({ ...exclusions, decimals: 3 }, [
  { id: 'permanent-exclusions', label: '', of: 'state-funded primary, secondary and special', lait: 'TotPermEx' },
  { id: 'permanent-exclusions-primary', label: 'primary', of: 'state-funded primary', lait: 'PriPermEx' },
  { id: 'permanent-exclusions-secondary', label: 'secondary', of: 'state-funded secondary', lait: 'SecPermEx' },
  { id: 'permanent-exclusions-special', label: 'special school', of: 'special', lait: 'SpecPermEx' },
])((phase) => ({
  label: `Permanent exclusions${phase.label ? ` (${phase.label})` : ''}`,
  description: `Permanent exclusions per 100 pupils of ${phase.of} schools in the year.`,
}));

export const PUPIL_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'overall-absence',
    label: 'Overall absence',
    description: 'Half-day sessions missed through authorised and unauthorised absence, as a % of possible sessions.',
    ...absence,
    lait: 'TotAbs',
  },
  ...persistent,
  {
    id: 'severe-absence',
    label: 'Severe absence',
    description: 'Pupils missing 50% or more of their sessions, as a % of pupils.',
    ...absence,
    lait: 'TotSevPerAbNew',
  },
  ...suspensions,
  {
    id: 'pupils-suspended',
    label: 'Pupils with one or more suspensions',
    description: 'Pupils suspended at least once in the year, as a % of pupils.',
    ...exclusions,
    unit: 'PERCENT',
    lait: 'Total_ Pup_FixedEx',
  },
  ...permanent,
  {
    id: 'fsm-primary',
    label: 'Primary pupils eligible for free school meals',
    description: 'Pupils of primary schools known to be eligible for free school meals, as a % of pupils in January.',
    ...fsm,
    lait: 'PriFSM',
  },
  {
    id: 'fsm-secondary',
    label: 'Secondary pupils eligible for free school meals',
    description: 'Pupils of secondary schools known to be eligible for free school meals, as a % of pupils in January.',
    ...fsm,
    lait: 'SecFSM',
  },
  {
    id: 'fsm-ever-6-primary',
    label: 'Primary pupils eligible for FSM in the last six years',
    description: 'Primary pupils eligible for free school meals at any time in the last six years (Ever 6), as a %.',
    ...fsm,
    decimals: 2,
    polarity: 'LOWER_IS_BETTER',
    lait: 'Ever6_FSM_Prim',
  },
  {
    id: 'fsm-ever-6-secondary',
    label: 'Secondary pupils eligible for FSM in the last six years',
    description: 'Secondary pupils eligible for free school meals at any time in the last six years (Ever 6), as a %.',
    ...fsm,
    decimals: 2,
    polarity: 'LOWER_IS_BETTER',
    lait: 'Ever6_FSM_Sec',
  },
];
