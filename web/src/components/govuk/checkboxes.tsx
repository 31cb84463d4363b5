// Small GOV.UK checkboxes, each sending `value` under its name when ticked.
export interface Checkbox {
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
}

export function Checkboxes({ items }: { items: readonly Checkbox[] }) {
  return (
    <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4" data-module="govuk-checkboxes">
      {items.map((item) => (
        <div class="govuk-checkboxes__item" key={item.id}>
          <input
            class="govuk-checkboxes__input"
            id={item.id}
            name={item.name}
            type="checkbox"
            value={item.value}
            defaultChecked={item.checked}
          />
          <label class="govuk-label govuk-checkboxes__label" for={item.id}>
            {item.label}
          </label>
        </div>
      ))}
    </div>
  );
}
