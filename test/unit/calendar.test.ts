// Calendar dates never shift with the host's time zone: the arithmetic runs on UTC dates (date-fns on
// @date-fns/utc's mini date), so a laptop in London, in Los Angeles or at UTC+14 gives Lambda's answers.
import { afterEach, describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarYears, daysBetween, isIsoDate } from '../../functions/core/calendar.js';

const hostZone = process.env.TZ;

afterEach(() => {
  if (hostZone === undefined) delete process.env.TZ;
  else process.env.TZ = hostZone;
});

describe.each(['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'])('with the host in %s', (zone) => {
  it('adds years to a calendar date, a 29 February landing on the 28th', () => {
    process.env.TZ = zone;
    expect(addCalendarYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addCalendarYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addCalendarYears('2025-10-26', 3)).toBe('2028-10-26');
  });

  it('adds days across the clock changes without losing or gaining one', () => {
    process.env.TZ = zone;
    expect(addCalendarDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addCalendarDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addCalendarDays('2025-10-26', -1)).toBe('2025-10-25');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('counts the days between two dates across the clock changes', () => {
    process.env.TZ = zone;
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-27', '2025-10-25')).toBe(-2);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('knows which ISO dates exist', () => {
    process.env.TZ = zone;
    expect(['2024-02-29', '2025-03-30', '2025-12-31'].filter(isIsoDate)).toHaveLength(3);
    expect(['2023-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-1-01'].filter(isIsoDate)).toEqual([]);
  });
});
