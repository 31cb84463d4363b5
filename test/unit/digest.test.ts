// The weekly digest's pure parts: which week a run reports, the unsubscribe token, and the e-mail's grouping.
import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../functions/core/change-record.js';
import { digestText, digestWeekFor, isoWeekOf } from '../../functions/core/digest.js';
import { digestToken, parseDigestToken } from '../../functions/core/digest-token.js';

describe('the digest’s week', () => {
  it('names ISO weeks, the first Thursday’s year deciding across New Year', () => {
    expect(isoWeekOf('2026-11-18')).toEqual({ name: '2026-W47', since: '2026-11-16', until: '2026-11-22' });
    expect(isoWeekOf('2027-01-01').name).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30').name).toBe('2025-W01');
  });

  it('reports the last whole week, Monday to Sunday, on every day of the next', () => {
    for (const day of ['2026-11-23', '2026-11-26', '2026-11-29']) expect(digestWeekFor(day).name).toBe('2026-W47');
    expect(digestWeekFor('2026-11-30').name).toBe('2026-W48');
  });
});

describe('the unsubscribe token', () => {
  const parts = { email: 'a@b.example', scope: 'LOCAL_AUTHORITY' as const, scopeId: '886', secret: 'x'.repeat(32) };

  it('carries the subscription and its secret, and reads back', () => {
    expect(parseDigestToken(digestToken(parts))).toEqual(parts);
  });

  it('refuses anything Beacon did not write as BAD_USER_INPUT', () => {
    for (const token of ['', 'abc', `${digestToken(parts)}.extra`, `bm9wZQ.${'x'.repeat(32)}`, 'a.short']) {
      expect(() => parseDigestToken(token)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});

describe('the digest’s words', () => {
  const change = (kind: ChangeRecord['kind'], summary: string, urn: string): ChangeRecord => ({
    id: summary,
    kind,
    happenedOn: '2026-11-17',
    recordedAt: '2026-11-17T10:00:00Z',
    summary,
    source: { name: 'test' },
    urn,
    public: true,
  });

  it('groups the week’s changes by kind with a count each, links each school, ends with the unsubscribe link', () => {
    const { subject, text } = digestText({
      subscription: {
        email: 'a@b.example',
        scope: 'LOCAL_AUTHORITY',
        scopeId: '886',
        scopeName: 'Kent',
        withScoped: false,
        subscribedAt: '2026-11-01T00:00:00Z',
      },
      week: isoWeekOf('2026-11-17'),
      changes: [
        change('INSPECTED', 'A was inspected', '100001'),
        change('GRADE_MOVED', 'B moved', '100002'),
        change('INSPECTED', 'C was inspected', '100003'),
      ],
      more: 0,
      webBaseUrl: 'https://w.example',
      unsubscribeToken: 'T.k',
    });
    expect(subject).toBe('Beacon: 3 changes for Kent, week 2026-W47');
    expect(text).toContain('Inspected (2)\n- 2026-11-17 A was inspected\n  https://w.example/schools/100001');
    expect(text).toContain('Grade moved (1)');
    expect(text.indexOf('Inspected (2)')).toBeLessThan(text.indexOf('Grade moved (1)'));
    expect(text.trimEnd().endsWith('https://w.example/digest/unsubscribe?token=T.k')).toBe(true);
  });
});
