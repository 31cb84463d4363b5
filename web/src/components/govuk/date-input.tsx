// The GOV.UK date input: day, month and year boxes in a fieldset, with the error message and the boxes in error
// marked (what was typed is read by date-reading.ts).
import { type DatePart, type DateParts, PARTS } from './date-reading.js';
import { describedBy, groupClass, HintAndError } from './form-parts.js';

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
