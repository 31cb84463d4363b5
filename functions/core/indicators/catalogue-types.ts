// What the catalogue of indicators says of each one: as a person reads it, how it is counted and read, and where
// its figures come from. The catalogue itself is data (catalogue-*.ts); nothing else names a measure.

export type IndicatorUnit = 'PERCENT' | 'RATE_PER_100' | 'COUNT';
export type IndicatorPolarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEITHER';
export type PeriodKind = 'JANUARY_CENSUS' | 'ACADEMIC_YEAR' | 'CALENDAR_YEAR';

/** An Explore Education Statistics measure: one column, or several summed (unknown if any part is unknown). */
export interface EesMeasure {
  columns: readonly string[];
}

export interface IndicatorDefinition {
  /** Stable id, e.g. persistent-absence. */
  id: string;
  label: string;
  description: string;
  /** Grouping on the page: SEN, EHC plans, Absence, Exclusions, Disadvantage. */
  topic: string;
  unit: IndicatorUnit;
  /** Decimal places: values are rounded to it at import (the files carry float noise such as 19.420000000000002). */
  decimals: number;
  /** As the DfE's LAIT reads it. */
  polarity: IndicatorPolarity;
  periodKind: PeriodKind;
  /** LAIT's short_desc in its long file (import kind la-indicators). */
  lait?: string;
  /** The measure in an Explore Education Statistics file (import kind ees), recognised by its header. */
  ees?: EesMeasure;
}

/** The import kinds an indicator's figures come from. */
export const sourceKindsOf = (indicator: IndicatorDefinition) => [
  ...(indicator.lait ? ['la-indicators'] : []),
  ...(indicator.ees ? ['ees'] : []),
];
