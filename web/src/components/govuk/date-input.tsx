// The GOV.UK date input: day, month and year boxes in a fieldset, with the error message and the boxes in error
// marked; `readDate` turns what was typed into an ISO date or a problem worded as the GOV.UK pattern words it.
import { describedBy, groupClass, HintAndError } from './form-parts.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const PARTS = [
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

/** `id` names the fieldset's first box (`<id>-day`), which an error summary links to. */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | null;
  /** What the boxes start with (a form re-rendered from its address). */
  value?: DateParts;
}) {
  // "…must include a month" marks the month box; any other problem marks all three.
  const marked = (part: DatePart) => Boolean(error) && (!error?.includes(' include a ') || error.includes(part));
  return (
    <div class={groupClass(error)}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, Boolean(hint), error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div class="govuk-date-input" id={id}>
          {PARTS.map(({ part, label, width }) => (
            <div class="govuk-date-input__item" key={part}>
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  class={`govuk-input govuk-date-input__input govuk-input--width-${width}${
                    marked(part) ? ' govuk-input--error' : ''
                  }`}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={value?.[part] ?? ''}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
