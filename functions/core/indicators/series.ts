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
  /** Where two kinds of file state the indicator: each kind's cells by area, aligned with periods. */
  layers?: Record<string, Record<string, Cell[]>>;
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
  isLocalAuthority: (code: string) => boolean,
): IndicatorSeriesRecord {
  const localAuthorities = Object.keys(record.areas).filter(isLocalAuthority).sort();
  const ranks: Record<string, (number | null)[]> = Object.fromEntries(localAuthorities.map((code) => [code, []]));
  const rankedOf = record.periods.map((_period, at) => {
    const values = new Map<string, number>();
    for (const code of localAuthorities) {
      const cell = record.areas[code]?.[at];
      if (typeof cell === 'number') values.set(code, cell);
    }
    const ranked = rankValues(values, polarity);
    for (const code of localAuthorities) ranks[code]?.push(ranked.get(code) ?? null);
    return values.size;
  });
  return { ...record, ranks, rankedOf };
}

/** Which file's figure counts where two state one (LAIT and the SEN2 release): the release itself first. */
const PRECEDENCE = ['ees', 'la-indicators'];

/** The figure that counts: the first known one in precedence order, else the first unknown one, else null. */
function effective(cells: readonly Cell[]): Cell {
  return cells.find((cell) => typeof cell === 'number') ?? cells.find((cell) => cell !== null) ?? null;
}

/** Cells by area aligned with `periods`, from cells aligned with `from`. */
function realign(areas: Record<string, Cell[]>, from: readonly string[], periods: readonly string[]) {
  const at = periods.map((period) => from.indexOf(period));
  return Object.fromEntries(
    Object.entries(areas).map(([code, cells]) => [
      code,
      at.map((index) => (index === -1 ? null : (cells[index] ?? null))),
    ]),
  );
}

/**
 * The stored figures with a file's merged in: a file's cell replaces what the same kind of file said before. Where
 * an indicator has two kinds of file, each kind's cells are kept apart (`layers`) and the figure that counts is the
 * SEN2 release's where it states one, LAIT's otherwise, so importing either again changes nothing. Counts are of
 * the file's cells; ranks are recomputed over councils.
 */
export function mergeSeries(
  indicator: IndicatorDefinition,
  stored: IndicatorSeriesRecord | undefined,
  incoming: IncomingCells,
  kind: string,
  isLocalAuthority: (code: string) => boolean,
): { record: IndicatorSeriesRecord; counts: MergeCounts } {
  const counts: MergeCounts = { added: 0, changed: 0, unchanged: 0 };
  const periods = new Set(stored?.periods ?? []);
  for (const cells of incoming.values()) for (const period of cells.keys()) periods.add(period);
  const ordered = [...periods].sort();
  const before = stored?.periods ?? [];
  const kinds = [...(indicator.ees ? ['ees'] : []), ...(indicator.lait ? ['la-indicators'] : [])];
  const layered = kinds.length > 1;
  const layers: Record<string, Record<string, Cell[]>> = {};
  for (const name of kinds) {
    const kept = layered ? stored?.layers?.[name] : stored?.areas;
    layers[name] = realign(kept ?? {}, before, ordered);
  }
  const own = layers[kind] ?? {};
  for (const [code, cells] of incoming) {
    const row = own[code] ?? ordered.map(() => null);
    for (const [period, read] of cells) {
      const at = ordered.indexOf(period);
      const was = row[at] ?? null;
      if (was === read) counts.unchanged += 1;
      else if (was === null) counts.added += 1;
      else counts.changed += 1;
      row[at] = read;
    }
    own[code] = row;
  }
  layers[kind] = own;
  const codes = [...new Set(Object.values(layers).flatMap((layer) => Object.keys(layer)))].sort();
  const areas = Object.fromEntries(
    codes.map((code) => [
      code,
      ordered.map((_period, at) =>
        effective(PRECEDENCE.filter((name) => layers[name]).map((name) => layers[name]?.[code]?.[at] ?? null)),
      ),
    ]),
  );
  const record = { id: indicator.id, periods: ordered, areas, ...(layered ? { layers } : {}) };
  return { record: withRanks(record, indicator.polarity, isLocalAuthority), counts };
}
