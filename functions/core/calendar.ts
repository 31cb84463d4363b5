// Calendar-date arithmetic on ISO dates, in UTC so the host time zone never shifts a day: plain Date's UTC
// methods, no date library (date-fns gave the same answers, test/unit/calendar.test.ts compares them, and cost the
// API's bundle 5 KiB and its cold start the set-up of its parsers).
import type { IsoDate } from './records.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Midnight UTC of a date written YYYY-MM-DD, as a time value (NaN when the text is no date at all). */
const utc = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);

/** YYYY-MM-DD of a UTC time value (years 0–9999, as ISO_DATE allows). */
const toIso = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

/** A real date written YYYY-MM-DD: "2025-02-30" parses (to 2 March) but does not come back as itself. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = utc(value);
  return !Number.isNaN(time) && toIso(time) === value;
}

/** The same day `years` later; a 29 February lands on the 28th when the year has none. */
export function addCalendarYears(date: IsoDate, years: number): IsoDate {
  const day = new Date(utc(date));
  const month = day.getUTCMonth();
  day.setUTCFullYear(day.getUTCFullYear() + years);
  if (day.getUTCMonth() !== month) day.setUTCDate(0); // rolled into March: the last day of February
  return toIso(day.getTime());
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return toIso(utc(date) + days * DAY_MS);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** Today's date in England, whatever the host's time zone. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** A day as people write it: "15 December 2026". */
export const dateInWords = (date: IsoDate): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
