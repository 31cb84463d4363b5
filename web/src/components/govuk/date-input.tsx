// The GOV.UK date input: day, month and year boxes in a fieldset, with the error message and the boxes in error
// marked; `readDate` turns what was typed into an ISO date or a problem worded as the GOV.UK pattern words it.

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

export type DateReading = { date: string } | { problem: string; parts: readonly DatePart[] };

/** "12", "3", "2026" → "2026-03-12"; a missing or impossible date gives the problem and the boxes to mark. */
export function readDate(parts: DateParts, what: string): DateReading {
  const missing = PARTS.map(({ part }) => part).filter((part) => parts[part] === '');
  if (missing.length === 3) return { problem: `Enter ${what}`, parts: ['day', 'month', 'year'] };
  if (missing.length > 0)
    return { problem: `${capitalise(what)} must include a ${missing.join(' and ')}`, parts: missing };
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const wrong = (['day', 'month', 'year'] as const).filter((part) => !/^\d+$/.test(parts[part]));
  if (wrong.length > 0 || parts.year.length !== 4) {
    return {
      problem: `${capitalise(what)} must be a real date, for example 27 3 2026`,
      parts: wrong.length ? wrong : ['year'],
    };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { problem: `${capitalise(what)} must be a real date, for example 27 3 2026`, parts: ['day', 'month'] };
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
  errorParts,
  value,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | null;
  errorParts?: readonly DatePart[];
  value?: DateParts;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div class="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p class="govuk-error-message" id={`${id}-error`}>
            <span class="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div class="govuk-date-input" id={id}>
          {PARTS.map(({ part, label, width }) => (
            <div class="govuk-date-input__item" key={part}>
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  class={`govuk-input govuk-date-input__input govuk-input--width-${width}${
                    error && (errorParts ?? []).includes(part) ? ' govuk-input--error' : ''
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
