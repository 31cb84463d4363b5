// Calendar-date arithmetic on ISO dates, in UTC so the host time zone never shifts a day. date-fns does the
// arithmetic on @date-fns/utc's mini date (UTC getters and setters, nothing else): its full UTCDate builds three
// Intl formatters as it loads, ~15 ms of every cold start, and date-fns's `format` brings every locale token.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays, addYears, differenceInCalendarDays, formatISO, isValid, parseISO } from 'date-fns';
import type { IsoDate } from './records.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isValid(parseISO(value)) && toIso(utc(value)) === value;
}

function utc(date: IsoDate): Date {
  return new UTCDateMini(`${date}T00:00:00Z`);
}

function toIso(date: Date): IsoDate {
  return formatISO(date, { representation: 'date' });
}

export function addCalendarYears(date: IsoDate, years: number): IsoDate {
  return toIso(addYears(utc(date), years));
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return toIso(addDays(utc(date), days));
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(utc(to), utc(from));
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
