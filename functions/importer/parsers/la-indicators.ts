// LAIT's long file (short_desc, data_item, years, area, la_code, region, value), streamed: each row is one area's
// figure for one indicator and period, or a reject naming its column and reason (a measure the catalogue does not
// keep, a period that cannot be read as the indicator's kind, text where a number belongs).
import type { Readable } from 'node:stream';
import { isAreaBeyondLocalAuthorities, regionOfLocalAuthority } from '../../core/indicators/areas.js';
import { indicatorOfLaitMeasure } from '../../core/indicators/catalogue.js';
import { laitPeriod } from '../../core/indicators/periods.js';
import type { Cell } from '../../core/indicators/series.js';
import { CellError, type Cells, quoted, type StreamedRow, streamCsvRows } from './csv-stream.js';
import { cellOf } from './indicator-cells.js';

export interface IndicatorFigure {
  indicator: string;
  period: string;
  /** GIAS LA code, or 970 / 980 to 990 for England and regions. */
  code: string;
  /** The area's name as the file writes it. */
  area: string;
  cell: Cell;
  /** A council's region as LAIT names it (e.g. Outer London). */
  region?: string;
}

const COLUMNS = ['short_desc', 'years', 'area', 'la_code', 'region', 'value'] as const;

export const AREA_CODE = /^\d{3}$/;

function figureOf(cell: Cells): IndicatorFigure {
  const measure = cell('short_desc');
  const indicator = indicatorOfLaitMeasure(measure);
  if (!indicator) throw new CellError('short_desc', `measure ${quoted(measure)} is not in Beacon's catalogue`);
  const years = cell('years');
  const period = laitPeriod(indicator.periodKind, years);
  if (!period) {
    throw new CellError(
      'years',
      `${quoted(years)} cannot be read as a period of ${indicator.id} (${indicator.periodKind})`,
    );
  }
  const code = cell('la_code');
  if (!AREA_CODE.test(code)) throw new CellError('la_code', `expected a three-digit area code, got ${quoted(code)}`);
  const region = cell('region');
  if (!isAreaBeyondLocalAuthorities(code) && region !== '' && !regionOfLocalAuthority(region)) {
    throw new CellError('region', `${quoted(region)} is not one of LAIT's regions of England`);
  }
  return {
    indicator: indicator.id,
    period,
    code,
    area: cell('area'),
    cell: cellOf(indicator, 'value', cell('value')),
    ...(region && region !== 'NA' ? { region } : {}),
  };
}

export function readLaIndicators(source: Readable, name: string): AsyncGenerator<StreamedRow<IndicatorFigure>> {
  return streamCsvRows(
    source,
    name,
    { what: 'a LAIT indicators file', columns: COLUMNS, kind: 'la-indicators' },
    figureOf,
  );
}
