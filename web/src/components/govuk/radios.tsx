// GOV.UK radios in a fieldset, with the fieldset's error; the first radio's id is `<name>` so a summary can link to it.
import type { Option } from './select.js';

export function Radios({
  name,
  legend,
  options,
  error,
  hint,
  inline,
  value,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  error?: string | null;
  hint?: string;
  inline?: boolean;
  value?: string;
}) {
  const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={described || undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div class="govuk-hint" id={`${name}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p class="govuk-error-message" id={`${name}-error`}>
            <span class="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div class={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
          {options.map((option, index) => (
            <div class="govuk-radios__item" key={option.value}>
              <input
                class="govuk-radios__input"
                id={index === 0 ? name : `${name}-${option.value}`}
                name={name}
                type="radio"
                value={option.value}
                defaultChecked={value === option.value}
              />
              <label class="govuk-label govuk-radios__label" for={index === 0 ? name : `${name}-${option.value}`}>
                {option.text}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
