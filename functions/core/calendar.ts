// Calendar-date arithmetic on ISO dates, in UTC so the host time zone never shifts a day.
import { UTCDate } from '@date-fns/utc';
import { addDays, addYears, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { IsoDate } from './records.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isValid(parseISO(value)) && toIso(utc(value)) === value;
}

function utc(date: IsoDate): UTCDate {
  return new UTCDate(`${date}T00:00:00Z`);
}

function toIso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
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
