// An indicator's figures in words: the value in its unit, the change and whether it is better or worse by the
// indicator's polarity, the rank with the direction it counts in, and why a missing figure is missing.
import type { FigureStatus, IndicatorPolarity, IndicatorUnit } from '../../generated/graphql.js';

export interface IndicatorLike {
  unit: IndicatorUnit;
  decimals: number;
  polarity: IndicatorPolarity;
}

const UNIT_SUFFIX: Record<IndicatorUnit, string> = { PERCENT: '%', RATE_PER_100: ' per 100 pupils', COUNT: '' };

/** 13.1 → "13.1%"; 0.45 per 100 → "0.45 per 100 pupils"; 12345 → "12,345". */
export function formatValue(value: number, indicator: Pick<IndicatorLike, 'unit' | 'decimals'>, short = false): string {
  const number = value.toLocaleString('en-GB', {
    minimumFractionDigits: indicator.decimals,
    maximumFractionDigits: indicator.decimals,
  });
  if (short && indicator.unit === 'RATE_PER_100') return number;
  return `${number}${UNIT_SUFFIX[indicator.unit]}`;
}

export const STATUS_WORDS: Record<FigureStatus, string> = {
  PUBLISHED: 'Published',
  SUPPRESSED: 'Suppressed by the DfE',
  NOT_PUBLISHED: 'Not published',
};

/** A figure, or why there is none ("Suppressed by the DfE", "Not published"). */
export function figureText(
  figure: { value?: number | null; status: FigureStatus } | null | undefined,
  indicator: IndicatorLike,
  short = false,
): string {
  if (!figure) return STATUS_WORDS.NOT_PUBLISHED;
  if (figure.value === null || figure.value === undefined) return STATUS_WORDS[figure.status];
  return formatValue(figure.value, indicator, short);
}

export interface ChangeWords {
  arrow: string;
  text: string;
  /** better / worse / neither, for the tag's colour (the words say it too). */
  judgement: 'better' | 'worse' | 'neither';
}

/** "Up 0.5 percentage points since January 2024 census (worse)"; null when the change is not known. */
export function changeWords(
  change: number | null | undefined,
  indicator: IndicatorLike,
  previousLabel: string | undefined,
): ChangeWords | null {
  if (change === null || change === undefined || !previousLabel) return null;
  const size =
    indicator.unit === 'PERCENT'
      ? `${Math.abs(change).toFixed(indicator.decimals)} percentage points`
      : formatValue(Math.abs(change), indicator);
  if (change === 0) return { arrow: '→', text: `No change since ${previousLabel}`, judgement: 'neither' };
  const up = change > 0;
  const judgement =
    indicator.polarity === 'NEITHER'
      ? 'neither'
      : up === (indicator.polarity === 'HIGHER_IS_BETTER')
        ? 'better'
        : 'worse';
  const verdict = judgement === 'neither' ? '' : ` (${judgement})`;
  return { arrow: up ? '↑' : '↓', text: `${up ? 'Up' : 'Down'} ${size} since ${previousLabel}${verdict}`, judgement };
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "12th of 152 (1 = lowest)": the API ranks 1 = best, and 1 = highest where neither direction is better. */
export function rankWords(rank: { rank: number; outOf: number } | null | undefined, indicator: IndicatorLike) {
  if (!rank) return 'Not ranked: no figure';
  const first = indicator.polarity === 'LOWER_IS_BETTER' ? 'lowest' : 'highest';
  return `${ordinal(rank.rank)} of ${rank.outOf} (1 = ${first})`;
}
