// A GOV.UK select in its form group; `any` adds a first, empty choice for "no filter".
import { Field } from './field.js';

export interface Option {
  value: string;
  text: string;
}

export function Select({
  id,
  name,
  label,
  options,
  value,
  any,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly Option[];
  value?: string;
  any?: string;
}) {
  return (
    <Field id={id} label={label}>
      <select class="govuk-select" id={id} name={name} defaultValue={value ?? ''}>
        {any === undefined ? null : <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </Field>
  );
}
