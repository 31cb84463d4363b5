// The feed's filters as a form: kinds as grouped GOV.UK checkboxes, since and until as GOV.UK date inputs. Submitted,
// it becomes the address's query string (a link reproduces the view); a field the API refused is marked in error.

import { changeKindLabels } from '../../../../functions/core/labels.js';
import { DateInput } from '../../components/govuk/date-input.js';
import { FilterButtons } from '../../components/govuk/filter-buttons.js';
import { dateParts, KIND_GROUPS } from './filters.js';

const HINT = 'For example, 27 6 2023';

export type FeedField = 'kinds' | 'since' | 'until' | 'after';

export function ChangeFilters({
  action,
  clearHref,
  query,
  isLocalAuthority,
  errors,
  onSubmit,
}: {
  action: string;
  clearHref: string;
  query: Record<string, string>;
  isLocalAuthority: boolean;
  errors: Partial<Record<FeedField, string>>;
  onSubmit: (event: Event) => void;
}) {
  const chosen = new Set((query.kinds ?? '').split(','));
  const groups = KIND_GROUPS.filter((group) => isLocalAuthority || !group.localAuthorityOnly);
  return (
    <form class="beacon-filters beacon-no-print" method="get" action={action} onSubmit={onSubmit} data-testid="filters">
      <div class={`govuk-form-group${errors.kinds ? ' govuk-form-group--error' : ''}`} id="kinds">
        <h2 class="govuk-heading-m">Filter the changes</h2>
        {errors.kinds ? (
          <p class="govuk-error-message" id="kinds-error">
            <span class="govuk-visually-hidden">Error:</span> {errors.kinds}
          </p>
        ) : null}
        <div class="beacon-kind-groups">
          {groups.map((group) => (
            <fieldset class="govuk-fieldset" key={group.id}>
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{group.legend}</legend>
              <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {group.kinds.map((kind) => (
                  <div class="govuk-checkboxes__item" key={kind}>
                    <input
                      class="govuk-checkboxes__input"
                      id={`kind-${kind}`}
                      name="kind"
                      type="checkbox"
                      value={kind}
                      defaultChecked={chosen.has(kind)}
                    />
                    <label class="govuk-label govuk-checkboxes__label" for={`kind-${kind}`}>
                      {changeKindLabels[kind]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        <p class="govuk-hint">Tick none to see every kind.</p>
      </div>
      <div class="beacon-inline-fields">
        <DateInput
          id="since"
          legend="Changes on or after"
          hint={HINT}
          value={dateParts(query.since)}
          error={errors.since}
        />
        <DateInput
          id="until"
          legend="Changes on or before"
          hint={HINT}
          value={dateParts(query.until)}
          error={errors.until}
        />
      </div>
      <FilterButtons clearHref={clearHref} />
    </form>
  );
}
