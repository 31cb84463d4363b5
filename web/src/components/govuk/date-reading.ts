// What a GOV.UK date input's three boxes hold, read as an ISO date or as a problem worded as GOV.UK's pattern words
// it ("Enter …", "… must include a month", "… must be a real date"). Pure, so the rules are unit-tested.

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const PARTS = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
] as const;

export type DatePart = (typeof PARTS)[number]['part'];

/** What was typed in the three boxes named `<name>-day`, `<name>-month` and `<name>-year`. */
export function datePartsOf(form: FormData, name: string): DateParts {
  const value = (part: DatePart) => String(form.get(`${name}-${part}`) ?? '').trim();
  return { day: value('day'), month: value('month'), year: value('year') };
}

/** True when none of the three boxes has anything in it (an optional date left out). */
export function dateLeftBlank(form: FormData, name: string): boolean {
  const parts = datePartsOf(form, name);
  return !parts.day && !parts.month && !parts.year;
}

/** The date typed in a form's boxes named after `name`; `what` names it in the problem ("the day it began"). */
export const dateFrom = (form: FormData, name: string, what: string): DateReading =>
  readDate(datePartsOf(form, name), what);

export type DateReading = { date: string } | { problem: string };

/** "12", "3", "2026" → "2026-03-12"; a missing or impossible date gives the problem, worded as GOV.UK's. */
export function readDate(parts: DateParts, what: string): DateReading {
  const missing = PARTS.map(({ part }) => part).filter((part) => parts[part] === '');
  if (missing.length === 3) return { problem: `Enter ${what}` };
  if (missing.length > 0) return { problem: `${capitalise(what)} must include a ${missing.join(' and ')}` };
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || !/^\d{4}$/.test(parts.year) || !/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month)) {
    return { problem: `${capitalise(what)} must be a real date, for example 27 3 2026` };
  }
  return { date: date.toISOString().slice(0, 10) };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
