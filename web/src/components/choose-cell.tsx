// A list row's first cell when rows can be chosen to compare: a small checkbox that belongs to the list's compare
// form (by its id), so choosing needs no script and the form sends `urns` once per ticked school.
import { Cell } from './govuk/table.js';

export const CHOOSE_COLUMN = { title: 'Compare' };

export function ChooseCell({ form, school }: { form: string; school: { urn: string; name: string } }) {
  const id = `choose-${school.urn}`;
  return (
    <Cell>
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id={id} type="checkbox" name="urns" value={school.urn} form={form} />
          <label class="govuk-label govuk-checkboxes__label" for={id}>
            <span class="govuk-visually-hidden">Compare {school.name}</span>
          </label>
        </div>
      </div>
    </Cell>
  );
}
