// Councils side by side: which indicators a request means (every one when none is named; an unknown id refused),
// which councils (a council and its neighbours, any codes, at most 20), and one row per indicator for the most
// recent period any of them has.
import { badInput } from './errors.js';
import { INDICATORS, type IndicatorDefinition, indicatorById } from './indicators/catalogue.js';
import type { IndicatorPeriod } from './indicators/periods.js';
import { periodOf } from './indicators/periods.js';
import type { IndicatorSeriesRecord } from './indicators/series.js';
import { type AreaFigureView, areaFigure, englandArea, latestPeriodOf } from './indicators/views.js';
import type { LocalAuthorityRecord } from './records.js';

export const MAX_COMPARED = 20;

/** The catalogue's indicators by id, in the order asked (every indicator when `ids` is omitted). */
export function indicatorsOf(ids: readonly string[] | null | undefined, argument = 'ids'): IndicatorDefinition[] {
  if (!ids) return [...INDICATORS];
  const unknown = ids.filter((id) => !indicatorById(id));
  if (unknown.length > 0) {
    throw badInput(
      `${unknown.map((id) => `"${id.slice(0, 60)}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not ` +
        'an indicator Beacon keeps; Query.indicators lists them (e.g. sen-support, persistent-absence).',
      { argument },
    );
  }
  return [...new Set(ids)].flatMap((id) => indicatorById(id) ?? []);
}

/** The councils compared, in order and once each: `first` (with its neighbours) before any other codes. */
export function comparedCodes(first: readonly string[], codes: readonly string[]): string[] {
  const all = [...new Set([...first, ...codes])];
  if (all.length === 0) {
    throw badInput('Name the councils to compare: codes (GIAS LA codes), neighboursOf (a council), or both.', {
      argument: 'codes',
    });
  }
  if (all.length > MAX_COMPARED) {
    throw badInput(`At most ${MAX_COMPARED} councils can be compared at once; ${all.length} were named.`, {
      argument: 'codes',
    });
  }
  return all;
}

export interface LocalAuthorityComparisonRowView {
  indicator: IndicatorDefinition;
  period: IndicatorPeriod | null;
  figures: AreaFigureView[];
  england: AreaFigureView | null;
}

export function comparisonRow(
  indicator: IndicatorDefinition,
  series: IndicatorSeriesRecord | undefined,
  localAuthorities: readonly LocalAuthorityRecord[],
): LocalAuthorityComparisonRowView {
  const latest = localAuthorities
    .map((localAuthority) => latestPeriodOf(series, localAuthority.code))
    .reduce<string | null>(
      (newest, period) => (period !== null && (newest === null || period > newest) ? period : newest),
      null,
    );
  if (latest === null) return { indicator, period: null, figures: [], england: null };
  return {
    indicator,
    period: periodOf(indicator.periodKind, latest),
    figures: localAuthorities.map((localAuthority) =>
      areaFigure(
        indicator,
        series,
        { code: localAuthority.code, name: localAuthority.name, kind: 'LOCAL_AUTHORITY' },
        latest,
      ),
    ),
    england: areaFigure(indicator, series, englandArea, latest),
  };
}
