// How an area's figures read: the latest and previous figures, the series, and a council beside England, its
// region, its statistical neighbours (their average) and every council (its rank), all for the latest period.
import { ENGLAND, regionByCode } from './areas.js';
import type { IndicatorDefinition } from './catalogue-types.js';
import { type IndicatorPeriod, periodOf } from './periods.js';
import { type Cell, type IndicatorSeriesRecord, roundTo } from './series.js';

export type FigureStatus = 'PUBLISHED' | 'SUPPRESSED' | 'NOT_PUBLISHED';
export type AreaKind = 'ENGLAND' | 'REGION' | 'LOCAL_AUTHORITY';

export interface FigureView {
  period: IndicatorPeriod;
  value: number | null;
  status: FigureStatus;
}

export interface AreaFigureView {
  code: string;
  name: string;
  kind: AreaKind;
  figure: FigureView;
}

export interface AreaIndicatorView {
  indicator: IndicatorDefinition;
  latest: FigureView | null;
  previous: FigureView | null;
  change: number | null;
  series: FigureView[];
}

export interface LocalAuthorityIndicatorView extends AreaIndicatorView {
  england: AreaFigureView | null;
  region: AreaFigureView | null;
  neighbours: AreaFigureView[];
  neighbourAverage: number | null;
  neighbourAverageOf: number;
  rank: { period: IndicatorPeriod; rank: number; outOf: number } | null;
}

/** A council's place in the DfE's statistical neighbour model and its region, as kept per council. */
export interface LocalAuthorityComparisonRecord {
  code: string;
  region?: { code: string; name: string };
  /** Closest first. */
  neighbours: { code: string; name: string; rank: number; closeness: string }[];
}

export type StatisticalNeighbourView = LocalAuthorityComparisonRecord['neighbours'][number];

export interface NamedArea {
  code: string;
  name: string;
  kind: AreaKind;
}

export const englandArea: NamedArea = { ...ENGLAND, kind: 'ENGLAND' };

const STATUS: Record<string, FigureStatus> = { S: 'SUPPRESSED', N: 'NOT_PUBLISHED' };

export function figureOf(indicator: IndicatorDefinition, cell: Cell | undefined, period: string): FigureView {
  const at = periodOf(indicator.periodKind, period);
  if (typeof cell === 'number') return { period: at, value: cell, status: 'PUBLISHED' };
  return { period: at, value: null, status: STATUS[cell ?? 'N'] ?? 'NOT_PUBLISHED' };
}

const cellAt = (series: IndicatorSeriesRecord | undefined, code: string, period: string) => {
  const at = series?.periods.indexOf(period) ?? -1;
  return at === -1 ? null : (series?.areas[code]?.[at] ?? null);
};

export function areaFigure(
  indicator: IndicatorDefinition,
  series: IndicatorSeriesRecord | undefined,
  area: NamedArea,
  period: string,
): AreaFigureView {
  return { ...area, figure: figureOf(indicator, cellAt(series, area.code, period), period) };
}

/** The area's most recent period with a row in a file (its figure may be unknown), or null. */
export function latestPeriodOf(series: IndicatorSeriesRecord | undefined, code: string): string | null {
  const cells = series?.areas[code] ?? [];
  for (let at = cells.length - 1; at >= 0; at -= 1) if (cells[at] !== null) return series?.periods[at] ?? null;
  return null;
}

export function areaIndicator(
  indicator: IndicatorDefinition,
  series: IndicatorSeriesRecord | undefined,
  code: string,
): AreaIndicatorView {
  const periods = series?.periods ?? [];
  const figures = periods.map((period, at) => figureOf(indicator, series?.areas[code]?.[at] ?? null, period));
  const latestPeriod = latestPeriodOf(series, code);
  const at = latestPeriod === null ? -1 : periods.indexOf(latestPeriod);
  const latest = figures[at] ?? null;
  const previous = at > 0 ? (figures[at - 1] ?? null) : null;
  const change =
    latest?.value != null && previous?.value != null
      ? roundTo(latest.value - previous.value, indicator.decimals)
      : null;
  return { indicator, latest, previous, change, series: figures };
}

export function localAuthorityIndicator(
  indicator: IndicatorDefinition,
  series: IndicatorSeriesRecord | undefined,
  comparison: LocalAuthorityComparisonRecord,
): LocalAuthorityIndicatorView {
  const view = areaIndicator(indicator, series, comparison.code);
  const period = view.latest?.period.id;
  if (period === undefined) {
    return {
      ...view,
      england: null,
      region: null,
      neighbours: [],
      neighbourAverage: null,
      neighbourAverageOf: 0,
      rank: null,
    };
  }
  const region = comparison.region ?? undefined;
  const neighbours = comparison.neighbours.map((neighbour) =>
    areaFigure(indicator, series, { code: neighbour.code, name: neighbour.name, kind: 'LOCAL_AUTHORITY' }, period),
  );
  const known = neighbours.flatMap((neighbour) => (neighbour.figure.value === null ? [] : [neighbour.figure.value]));
  const at = series?.periods.indexOf(period) ?? -1;
  const rank = series?.ranks[comparison.code]?.[at] ?? null;
  return {
    ...view,
    england: areaFigure(indicator, series, englandArea, period),
    region: region
      ? areaFigure(indicator, series, { ...(regionByCode(region.code) ?? region), kind: 'REGION' }, period)
      : null,
    neighbours,
    neighbourAverage:
      known.length > 0
        ? roundTo(known.reduce((sum, value) => sum + value, 0) / known.length, indicator.decimals)
        : null,
    neighbourAverageOf: known.length,
    rank:
      rank === null ? null : { period: periodOf(indicator.periodKind, period), rank, outOf: series?.rankedOf[at] ?? 0 },
  };
}
