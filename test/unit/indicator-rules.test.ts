// The pure rules under the indicators: ranks (ties share, polarity decides the order), periods as the files write
// them, figures as the files write them (float noise rounded, suppression kept unknown), and the merge of two files.
import { describe, expect, it } from 'vitest';
import { INDICATORS, indicatorById } from '../../functions/core/indicators/catalogue.js';
import { eesPeriod, laitPeriod, periodLabel } from '../../functions/core/indicators/periods.js';
import { mergeSeries, rankValues } from '../../functions/core/indicators/series.js';
import { CellError } from '../../functions/importer/parsers/csv-stream.js';
import { cellOf, sumOf } from '../../functions/importer/parsers/indicator-cells.js';

const indicator = (id: string) => {
  const found = indicatorById(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('ranks', () => {
  const values = new Map([
    ['a', 5],
    ['b', 3],
    ['c', 3],
    ['d', 9],
  ]);

  it('gives the lowest rank 1 when lower is better, ties sharing a rank and the next skipping', () => {
    expect(Object.fromEntries(rankValues(values, 'LOWER_IS_BETTER'))).toEqual({ b: 1, c: 1, a: 3, d: 4 });
  });

  it('gives the highest rank 1 when higher is better, and when neither is', () => {
    expect(Object.fromEntries(rankValues(values, 'HIGHER_IS_BETTER'))).toEqual({ d: 1, a: 2, b: 3, c: 3 });
    expect(Object.fromEntries(rankValues(values, 'NEITHER'))).toEqual({ d: 1, a: 2, b: 3, c: 3 });
  });
});

describe('periods', () => {
  it('reads LAIT’s absence year by the year it ends, and exclusions as written', () => {
    expect(laitPeriod('ACADEMIC_YEAR', '2025')).toBe('2024/25');
    expect(laitPeriod('ACADEMIC_YEAR', '2023/24')).toBe('2023/24');
    expect(laitPeriod('JANUARY_CENSUS', '2025')).toBe('2025');
    expect(laitPeriod('ACADEMIC_YEAR', '2023/25')).toBeNull();
    expect(laitPeriod('JANUARY_CENSUS', '2023/24')).toBeNull();
    expect(laitPeriod('CALENDAR_YEAR', '2024-25')).toBeNull();
  });

  it('reads an EES academic year as its January census, and a calendar year as written', () => {
    expect(eesPeriod('JANUARY_CENSUS', '202425', 'Academic year')).toBe('2025');
    expect(eesPeriod('ACADEMIC_YEAR', '202425', 'Academic year')).toBe('2024/25');
    expect(eesPeriod('CALENDAR_YEAR', '2024', 'Calendar year')).toBe('2024');
    expect(eesPeriod('CALENDAR_YEAR', '2024', 'Financial year')).toBeNull();
    expect(eesPeriod('JANUARY_CENSUS', '202426', 'Academic year')).toBeNull();
  });

  it('labels each kind of period as a person reads it', () => {
    expect(periodLabel('JANUARY_CENSUS', '2025')).toBe('January 2025 census');
    expect(periodLabel('ACADEMIC_YEAR', '2023/24')).toBe('2023/24');
    expect(periodLabel('CALENDAR_YEAR', '2024')).toBe('calendar year 2024');
  });
});

describe('figures as the files write them', () => {
  it('rounds float noise to the indicator’s decimals', () => {
    expect(cellOf(indicator('persistent-absence'), 'value', '19.420000000000002')).toBe(19.42);
    expect(cellOf(indicator('permanent-exclusions'), 'value', '2.5829999999999999E-2')).toBe(0.026);
    expect(cellOf(indicator('ehc-plans'), 'value', '20635')).toBe(20635);
  });

  it('keeps suppression unknown, never zero, and refuses text where a number belongs', () => {
    for (const mark of ['x', 'c', 'z', '', 'X']) expect(cellOf(indicator('sen-support'), 'value', mark)).toBe('S');
    expect(cellOf(indicator('sen-support'), 'value', '-')).toBe('N');
    expect(() => cellOf(indicator('sen-support'), 'value', 'twelve')).toThrow(CellError);
  });

  it('sums parts, unknown when any part is', () => {
    const resourced = indicator('ehc-plans-resourced-provision');
    const part = (text: string) => ({ column: 'part', text });
    expect(sumOf(resourced, [part('1'), part('50'), part('9')])).toBe(60);
    expect(sumOf(resourced, [part('1'), part('x'), part('9')])).toBe('S');
  });
});

describe('the catalogue', () => {
  it('has one id each, a source each, and LAIT’s 30 measures once each', () => {
    expect(new Set(INDICATORS.map((entry) => entry.id)).size).toBe(INDICATORS.length);
    expect(INDICATORS.every((entry) => entry.lait !== undefined || entry.ees !== undefined)).toBe(true);
    const measures = INDICATORS.flatMap((entry) => (entry.lait ? [entry.lait] : []));
    expect(new Set(measures).size).toBe(measures.length);
    expect(measures).toHaveLength(30);
  });
});

describe('two files stating one figure', () => {
  const plans = indicator('ehc-plans');
  const cells = (value: number | 'S' | 'N') => new Map([['886', new Map([['2025', value]])]]);
  const isLocalAuthority = () => true;

  it('counts the SEN2 release’s figure where it states one, LAIT’s otherwise, whichever came last', () => {
    const lait = mergeSeries(plans, undefined, cells(100), 'la-indicators', isLocalAuthority).record;
    const both = mergeSeries(plans, lait, cells(101), 'ees', isLocalAuthority).record;
    expect(both.areas['886']).toEqual([101]);
    const again = mergeSeries(plans, both, cells(100), 'la-indicators', isLocalAuthority);
    expect(again.record.areas['886']).toEqual([101]);
    expect(again.counts).toEqual({ added: 0, changed: 0, unchanged: 1 });
    const suppressed = mergeSeries(plans, both, cells('S'), 'ees', isLocalAuthority).record;
    expect(suppressed.areas['886']).toEqual([100]);
  });
});
