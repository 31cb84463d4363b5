// The catalogue of indicators Beacon keeps for every council, region and England, in topic order: data, so a new
// measure is an entry here (and, for an EES file, its columns), not code.
import { PUPIL_INDICATORS } from './catalogue-pupils.js';
import { SEN_INDICATORS } from './catalogue-sen.js';
import type { IndicatorDefinition } from './catalogue-types.js';

export * from './catalogue-types.js';

export const INDICATORS: readonly IndicatorDefinition[] = [...SEN_INDICATORS, ...PUPIL_INDICATORS];

const byId = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));
const byLaitMeasure = new Map(INDICATORS.flatMap((indicator) => (indicator.lait ? [[indicator.lait, indicator]] : [])));

export const indicatorById = (id: string): IndicatorDefinition | undefined => byId.get(id);
export const indicatorOfLaitMeasure = (measure: string): IndicatorDefinition | undefined => byLaitMeasure.get(measure);

/** The catalogue's indicators an EES file's header carries every column of. */
export const indicatorsOfEesHeader = (header: readonly string[]): IndicatorDefinition[] => {
  const columns = new Set(header);
  return INDICATORS.filter((indicator) => indicator.ees?.columns.every((column) => columns.has(column)));
};
