import { describe, expect, it } from 'vitest';
import { isIsoDate, todayInLondon } from '../../functions/core/calendar.js';
import { parseLaCode, parseUrn } from '../../functions/core/identifiers.js';

describe('identifiers', () => {
  it('accepts six-digit URNs and trims spaces', () => {
    expect(parseUrn(' 140412 ')).toBe('140412');
  });

  it.each(['14041', '1404120', 'abcdef', ''])('rejects the URN "%s" with a message naming the rule', (urn) => {
    expect(() => parseUrn(urn)).toThrow(/six digits/);
  });

  it('rejects an LA code that is not three digits', () => {
    expect(() => parseLaCode('34')).toThrow(/three-digit GIAS LA code/);
  });
});

describe('calendar', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });

  it('gives the English date late in the evening UTC during summer time', () => {
    expect(todayInLondon(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(todayInLondon(new Date('2025-12-31T23:30:00Z'))).toBe('2025-12-31');
  });
});
