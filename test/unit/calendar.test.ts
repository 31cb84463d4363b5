// Calendar dates never shift with the host's time zone: the arithmetic runs on UTC dates (plain Date's UTC methods),
// so a laptop in London, in Los Angeles or at UTC+14 gives Lambda's answers, and the same answers as date-fns gave.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays, addYears, differenceInCalendarDays, formatISO, isValid, parseISO } from 'date-fns';
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

/** The functions as they were written on date-fns and @date-fns/utc's mini date, before issue 25 took them out. */
const dateFns = {
  utc: (date: string) => new UTCDateMini(`${date}T00:00:00Z`),
  iso: (date: Date) => formatISO(date, { representation: 'date' }),
  isIsoDate: (value: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) && dateFns.iso(dateFns.utc(value)) === value,
};

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** Every day from 1990 to 2040, and the days past each month's end that are not dates (the 29th to the 32nd). */
const everyDay: string[] = [];
const notQuiteDays: string[] = [];
for (let year = 1990; year <= 2040; year += 1) {
  for (let month = 1; month <= 12; month += 1) {
    for (let day = 1; day <= 32; day += 1) {
      const written = `${year}-${pad(month)}-${pad(day)}`;
      const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
      (real ? everyDay : notQuiteDays).push(written);
    }
  }
}

describe('without date-fns', () => {
  it('gives date-fns’s answers for every day from 1990 to 2040', () => {
    process.env.TZ = 'America/Los_Angeles';
    const differences: string[] = [];
    const check = (what: string, ours: unknown, theirs: unknown) => {
      if (ours !== theirs) differences.push(`${what}: ${String(ours)} vs ${String(theirs)}`);
    };
    for (const [index, day] of everyDay.entries()) {
      const later = everyDay[(index * 7919) % everyDay.length] ?? day;
      check(`isIsoDate ${day}`, isIsoDate(day), dateFns.isIsoDate(day));
      check(
        `daysBetween ${day} ${later}`,
        daysBetween(day, later),
        differenceInCalendarDays(dateFns.utc(later), dateFns.utc(day)),
      );
      for (const years of [-4, -1, 1, 3, 4]) {
        check(`+${years}y ${day}`, addCalendarYears(day, years), dateFns.iso(addYears(dateFns.utc(day), years)));
      }
      for (const days of [-400, -1, 1, 28, 365, 1096]) {
        check(`+${days}d ${day}`, addCalendarDays(day, days), dateFns.iso(addDays(dateFns.utc(day), days)));
      }
    }
    for (const text of [...notQuiteDays, '2025-00-10', '2025-1-01', '20250101', '0000-00-00', 'not a date']) {
      check(`isIsoDate ${text}`, isIsoDate(text), dateFns.isIsoDate(text));
    }
    expect(everyDay).toHaveLength((Date.UTC(2041, 0, 1) - Date.UTC(1990, 0, 1)) / 86_400_000);
    expect(differences).toEqual([]);
  });
});
