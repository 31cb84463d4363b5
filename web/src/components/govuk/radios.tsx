// GOV.UK radios in a fieldset, with the fieldset's error; the first radio's id is `<name>` so a summary can link to it.
import { describedBy, groupClass, HintAndError } from './form-parts.js';
import type { Option } from './select.js';

export function Radios({
  name,
  legend,
  options,
  error,
  hint,
  inline,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  error?: string | null;
  hint?: string;
  inline?: boolean;
}) {
  return (
    <div class={groupClass(error)}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(name, Boolean(hint), error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={name} hint={hint} error={error} />
        <div class={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <div class="govuk-radios__item" key={option.value}>
                <input class="govuk-radios__input" id={id} name={name} type="radio" value={option.value} />
                <label class="govuk-label govuk-radios__label" for={id}>
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
