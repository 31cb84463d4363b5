// An indicator's series as kept: each area's cells (and ranks) as one short text, "12.6,13.1,S,N," (S suppressed,
// N not published, empty when the file has no row), so an item of 170 areas × 10 periods is a few hundred
// attributes, not thousands: DynamoDB reads, writes and the SDK's (un)marshalling scale with attribute values.
import type { Cell, IndicatorSeriesRecord } from '../../core/indicators/series.js';

export interface StoredSeries {
  id: string;
  periods: string[];
  areas: Record<string, string>;
  ranks: Record<string, string>;
  rankedOf: number[];
  layers?: Record<string, Record<string, string>>;
}

const cellText = (cell: Cell | number | null) => (cell === null ? '' : String(cell));
const cellOf = (text: string): Cell => (text === '' ? null : text === 'S' || text === 'N' ? text : Number(text));
const rankOf = (text: string) => (text === '' ? null : Number(text));

const encode = <T>(map: Record<string, T[]>, text: (value: T) => string) =>
  Object.fromEntries(Object.entries(map).map(([code, values]) => [code, values.map(text).join(',')]));
const decode = <T>(map: Record<string, string>, value: (text: string) => T) =>
  Object.fromEntries(Object.entries(map).map(([code, text]) => [code, text.split(',').map(value)]));

export function storedSeries(record: IndicatorSeriesRecord): StoredSeries {
  const { layers, ...rest } = record;
  return {
    ...rest,
    areas: encode(record.areas, cellText),
    ranks: encode(record.ranks, cellText),
    ...(layers
      ? { layers: Object.fromEntries(Object.entries(layers).map(([kind, areas]) => [kind, encode(areas, cellText)])) }
      : {}),
  };
}

export function seriesOfStored(stored: StoredSeries): IndicatorSeriesRecord {
  const { layers, ...rest } = stored;
  return {
    ...rest,
    areas: decode(stored.areas, cellOf),
    ranks: decode(stored.ranks, rankOf),
    ...(layers
      ? { layers: Object.fromEntries(Object.entries(layers).map(([kind, areas]) => [kind, decode(areas, cellOf)])) }
      : {}),
  };
}
