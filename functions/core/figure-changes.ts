// "New figures published": the change an indicator import records for each council (and England) that gained a
// period it had no figure for. One per area, file kind and newest gained period, naming the indicators that gained
// it, with an id made of those (never the file's name or the day): importing the file again gains nothing, and
// the same figures from another copy of the file are the same change.
import type { ChangeOrigin, ChangeRecord } from './change-record.js';
import { changeRecord } from './change-record.js';
import { ENGLAND, isAreaBeyondLocalAuthorities } from './indicators/areas.js';
import { indicatorById } from './indicators/catalogue.js';
import { periodEnd, periodLabel } from './indicators/periods.js';
import type { IncomingCells, IndicatorSeriesRecord } from './indicators/series.js';

interface Gain {
  period: string;
  /** The period's as-at (its end): when the figures were published as at. */
  asAt: string;
  label: string;
  indicators: string[];
}

const hadFigure = (before: IndicatorSeriesRecord | undefined, area: string, period: string) => {
  const at = before?.periods.indexOf(period) ?? -1;
  return at >= 0 && typeof before?.areas[area]?.[at] === 'number';
};

/**
 * Each area's newest gained period and the indicators that gained it (councils and England; regions not). An
 * indicator Beacon held nothing of is loaded, not published anew: its first load (the seed's) records nothing.
 */
export function gainedPeriods(
  incoming: ReadonlyMap<string, IncomingCells>,
  before: ReadonlyMap<string, IndicatorSeriesRecord | undefined>,
): Map<string, Gain> {
  const gains = new Map<string, Gain>();
  for (const [id, cells] of incoming) {
    const indicator = indicatorById(id);
    if (!indicator || !before.get(id)) continue;
    for (const [area, periods] of cells) {
      if (isAreaBeyondLocalAuthorities(area) && area !== ENGLAND.code) continue;
      for (const [period, cell] of periods) {
        if (typeof cell !== 'number' || hadFigure(before.get(id), area, period)) continue;
        const asAt = periodEnd(indicator.periodKind, period);
        const held = gains.get(area);
        if (held && (held.asAt > asAt || (held.asAt === asAt && held.period !== period))) continue;
        if (held?.period === period) {
          if (!held.indicators.includes(id)) held.indicators.push(id);
        } else {
          gains.set(area, { period, asAt, label: periodLabel(indicator.periodKind, period), indicators: [id] });
        }
      }
    }
  }
  return gains;
}

/** The FIGURES_PUBLISHED changes of an import: public, dated the period's as-at, one per area that gained one. */
export function figureChanges(kind: string, gains: ReadonlyMap<string, Gain>, origin: ChangeOrigin): ChangeRecord[] {
  return [...gains].map(([area, gain]) => {
    const indicators = [...gain.indicators].sort();
    const count = `${indicators.length} indicator${indicators.length === 1 ? '' : 's'}`;
    return changeRecord(
      {
        kind: 'FIGURES_PUBLISHED',
        happenedOn: gain.asAt,
        summary: `New figures: ${gain.label} (${count})`,
        fromCode: `${kind}#${gain.period}`,
        toCode: indicators.join(','),
        to: gain.label,
        ...(area === ENGLAND.code ? {} : { laCode: area }),
      },
      { ...origin, source: { ...origin.source, asAt: gain.asAt } },
    );
  });
}
