// A figure cell as the DfE's files write it: a number (with float noise, e.g. 2.5829999999999999E-2), a
// suppression mark (x, c, z or empty: unknown, never zero) or LAIT's '-' (no figure published).
import type { IndicatorDefinition } from '../../core/indicators/catalogue.js';
import { type Cell, roundTo } from '../../core/indicators/series.js';
import { CellError, quoted } from './csv-stream.js';

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
const SUPPRESSED = new Set(['', 'x', 'c', 'z', 'u', 'low']);

/** A cell as kept, or a CellError naming the column when it is text where a number belongs. */
export function cellOf(indicator: IndicatorDefinition, column: string, text: string): Cell {
  const value = text.trim();
  if (value === '-') return 'N';
  if (SUPPRESSED.has(value.toLowerCase())) return 'S';
  if (!NUMBER.test(value)) {
    throw new CellError(column, `expected a number or a suppression mark (x, c, z, -), got ${quoted(value)}`);
  }
  return roundTo(Number(value), indicator.decimals);
}

/** Several columns summed (e.g. the three kinds of mainstream school): unknown when any part is unknown. */
export function sumOf(indicator: IndicatorDefinition, parts: readonly { column: string; text: string }[]): Cell {
  let total = 0;
  let unknown: Cell = null;
  for (const { column, text } of parts) {
    const cell = cellOf(indicator, column, text);
    if (typeof cell === 'number') total += cell;
    else unknown ??= cell;
  }
  return unknown ?? roundTo(total, indicator.decimals);
}
