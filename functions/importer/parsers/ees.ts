// Any Explore Education Statistics underlying-data file (time_period, time_identifier, geographic_level,
// region_code, old_la_code, ... then measures), streamed. The file is recognised by its header: the catalogue's
// indicators whose EES columns it carries are read from it, so next year's release imports without a change here.
// Only the total rows of a breakdown ('All EHC plans', 'Total') are figures; the rest are breakdowns Beacon does not
// keep. National rows are England (970), Regional rows LAIT's region codes, Local authority rows the old LA code.
import type { Readable } from 'node:stream';
import { ENGLAND, regionByOnsCode } from '../../core/indicators/areas.js';
import { INDICATORS, type IndicatorDefinition, indicatorsOfEesHeader } from '../../core/indicators/catalogue.js';
import { eesPeriod } from '../../core/indicators/periods.js';
import { CellError, type Cells, quoted, type StreamedRow, streamCsvRows } from './csv-stream.js';
import { sumOf } from './indicator-cells.js';
import { AREA_CODE, type IndicatorFigure } from './la-indicators.js';

const COLUMNS = ['time_period', 'time_identifier', 'geographic_level', 'region_code', 'old_la_code'] as const;

/** The rows that are a whole area's figure, not one group of a breakdown. */
function isTotalRow(cell: Cells, hasBreakdown: boolean): boolean {
  if (!hasBreakdown) return true;
  const topic = cell('breakdown_topic').toLowerCase();
  return topic.startsWith('all ') || topic === 'total';
}

function areaOf(cell: Cells): { code: string; area: string } {
  const level = cell('geographic_level');
  if (level === 'National') return { code: ENGLAND.code, area: ENGLAND.name };
  if (level === 'Regional') {
    const onsCode = cell('region_code');
    const region = regionByOnsCode(onsCode);
    if (!region) throw new CellError('region_code', `region ${quoted(onsCode)} is not one of England's nine regions`);
    return { code: region.code, area: region.name };
  }
  if (level === 'Local authority') {
    const code = cell('old_la_code');
    if (!AREA_CODE.test(code))
      throw new CellError('old_la_code', `expected a three-digit LA code, got ${quoted(code)}`);
    return { code, area: cell('la_name') };
  }
  throw new CellError(
    'geographic_level',
    `${quoted(level)} is not a level Beacon keeps (National, Regional, Local authority)`,
  );
}

function figuresOf(indicators: readonly IndicatorDefinition[], hasBreakdown: boolean) {
  return (cell: Cells): IndicatorFigure[] => {
    if (!isTotalRow(cell, hasBreakdown)) return [];
    const area = areaOf(cell);
    const [timePeriod, timeIdentifier] = [cell('time_period'), cell('time_identifier')];
    return indicators.map((indicator) => {
      const period = eesPeriod(indicator.periodKind, timePeriod, timeIdentifier);
      if (!period) {
        throw new CellError(
          'time_period',
          `${quoted(`${timePeriod} ${timeIdentifier}`)} cannot be read as a period of ${indicator.id}`,
        );
      }
      const parts = (indicator.ees?.columns ?? []).map((column) => ({ column, text: cell(column) }));
      return { indicator: indicator.id, period, ...area, cell: sumOf(indicator, parts) };
    });
  };
}

export function readEes(source: Readable, name: string): AsyncGenerator<StreamedRow<IndicatorFigure[]>> {
  let indicators: IndicatorDefinition[] = [];
  let hasBreakdown = false;
  const checkHeader = (header: readonly string[]) => {
    indicators = indicatorsOfEesHeader(header);
    hasBreakdown = header.includes('breakdown_topic');
    if (indicators.length === 0) {
      const known = [...new Set(INDICATORS.flatMap((indicator) => indicator.ees?.columns ?? []))];
      throw new Error(
        `${name} carries none of the measures Beacon keeps from Explore Education Statistics (${known.join(', ')})`,
      );
    }
  };
  return streamCsvRows(
    source,
    name,
    { what: 'an Explore Education Statistics data file', columns: COLUMNS, kind: 'ees', checkHeader },
    (cell) => figuresOf(indicators, hasBreakdown)(cell),
  );
}
