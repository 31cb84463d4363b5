// An indicator's figures for every area, as kept: one list of cells per area aligned with the indicator's periods,
// and each council's rank per period, computed when the figures change (never at read).
import type { IndicatorDefinition, IndicatorPolarity } from './catalogue-types.js';

/**
 * A figure as kept: a number (rounded to the indicator's decimals); 'S' suppressed in the file (x, c, z or empty);
 * 'N' not published (LAIT's '-'); null when the file has no row for the area and period.
 */
export type Cell = number | 'S' | 'N' | null;

export interface IndicatorSeriesRecord {
  id: string;
  /** Oldest first. */
  periods: string[];
  /** By area code (GIAS LA code, a region's 980 to 990, England's 970). */
  areas: Record<string, Cell[]>;
  /** Councils' ranks per period (1 = best; null without a figure); regions and England are not ranked. */
  ranks: Record<string, (number | null)[]>;
  /** How many councils have a figure, per period. */
  rankedOf: number[];
}

/** Figures read from a file: area code → period id → cell. */
export type IncomingCells = Map<string, Map<string, Cell>>;

export interface MergeCounts {
  added: number;
  changed: number;
  unchanged: number;
}

export const roundTo = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
};

/**
 * Competition ranking (ties share a rank, the next rank skips): lower first when lower is better, else higher
 * first (NEITHER ranks the highest 1, as LAIT's tables sort).
 */
export function rankValues(values: ReadonlyMap<string, number>, polarity: IndicatorPolarity): Map<string, number> {
  const order = [...values].sort(([, a], [, b]) => (polarity === 'LOWER_IS_BETTER' ? a - b : b - a));
  const ranks = new Map<string, number>();
  order.forEach(([code, value], index) => {
    const before = order[index - 1];
    ranks.set(code, before && before[1] === value ? (ranks.get(before[0]) ?? index + 1) : index + 1);
  });
  return ranks;
}

function withRanks(
  record: Omit<IndicatorSeriesRecord, 'ranks' | 'rankedOf'>,
  polarity: IndicatorPolarity,
  isCouncil: (code: string) => boolean,
): IndicatorSeriesRecord {
  const councils = Object.keys(record.areas).filter(isCouncil).sort();
  const ranks: Record<string, (number | null)[]> = Object.fromEntries(councils.map((code) => [code, []]));
  const rankedOf = record.periods.map((_period, at) => {
    const values = new Map<string, number>();
    for (const code of councils) {
      const cell = record.areas[code]?.[at];
      if (typeof cell === 'number') values.set(code, cell);
    }
    const ranked = rankValues(values, polarity);
    for (const code of councils) ranks[code]?.push(ranked.get(code) ?? null);
    return values.size;
  });
  return { ...record, ranks, rankedOf };
}

/**
 * The stored figures with a file's merged in: a file's cell replaces the stored one, except that an unknown cell
 * never replaces a known figure (LAIT and the SEN2 release state some of the same figures, and LAIT's '-' for a year
 * it does not carry must not erase SEN2's). Counts are of cells; ranks are recomputed over councils.
 */
export function mergeSeries(
  indicator: IndicatorDefinition,
  stored: IndicatorSeriesRecord | undefined,
  incoming: IncomingCells,
  isCouncil: (code: string) => boolean,
): { record: IndicatorSeriesRecord; counts: MergeCounts } {
  const counts: MergeCounts = { added: 0, changed: 0, unchanged: 0 };
  const periods = new Set(stored?.periods ?? []);
  for (const cells of incoming.values()) for (const period of cells.keys()) periods.add(period);
  const ordered = [...periods].sort();
  const cellOf = (code: string, period: string): Cell => {
    const at = stored?.periods.indexOf(period) ?? -1;
    return at === -1 ? null : (stored?.areas[code]?.[at] ?? null);
  };
  const codes = new Set([...Object.keys(stored?.areas ?? {}), ...incoming.keys()]);
  const areas: Record<string, Cell[]> = {};
  for (const code of [...codes].sort()) {
    areas[code] = ordered.map((period) => {
      const before = cellOf(code, period);
      const read = incoming.get(code)?.get(period);
      if (read === undefined) return before;
      if (typeof before === 'number' && typeof read !== 'number') {
        counts.unchanged += 1;
        return before;
      }
      if (before === read) counts.unchanged += 1;
      else if (before === null) counts.added += 1;
      else counts.changed += 1;
      return read;
    });
  }
  const record = { id: indicator.id, periods: ordered, areas };
  return { record: withRanks(record, indicator.polarity, isCouncil), counts };
}
