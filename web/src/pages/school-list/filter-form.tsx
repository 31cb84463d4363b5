// The school list's filters as a GET form: submitted, it becomes the query string (a link reproduces the view). A
// value the list cannot ask for stays in its field, marked with its error (the summary above links here).
import type { ComponentChildren } from 'preact';
import { ErrorMessage } from '../../components/govuk/error-message.js';
import { FilterButtons } from '../../components/govuk/filter-buttons.js';
import type { Option } from '../../components/govuk/select.js';
import type { SchoolSort } from '../../generated/graphql.js';
import {
  CENSUS_SORTS,
  CHOICE_LABELS,
  CHOICES,
  DATES,
  FLAGS,
  MIN_PERCENTS,
  type Offered,
  type Problem,
  SORTS,
} from './filters.js';

/** A form group whose control may carry an error: the GOV.UK error message between label and control. */
function Group({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}) {
  const id = `filter-${name}`;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {children(id, error ? `${id}-error` : undefined)}
    </div>
  );
}

export function FilterForm({
  action,
  clearHref,
  query,
  sort,
  offered,
  problems,
  censusPeriod,
  hidden,
  onSubmit,
}: {
  action: string;
  clearHref: string;
  query: Record<string, string>;
  sort: SchoolSort;
  offered: Offered;
  problems: readonly Problem[];
  /** The census the percentages are from ("January 2023 census"), as the list's rows state it. */
  censusPeriod: string;
  /** Fields the list keeps whatever the filters (a chosen set's URNs). */
  hidden: Record<string, string>;
  onSubmit: (event: Event) => void;
}) {
  const errorOf = (name: string) => problems.find((problem) => problem.field === name)?.message;
  const select = (name: string, label: string, options: readonly Option[]) => {
    const value = query[name] ?? '';
    // A value the list cannot use is still shown (and marked), so the person sees what the address asked.
    const all =
      value && !options.some((option) => option.value === value) ? [...options, { value, text: value }] : options;
    return (
      <Group name={name} label={label} error={errorOf(name)} key={name}>
        {(id, describedBy) => (
          <select
            class={`govuk-select${errorOf(name) ? ' govuk-select--error' : ''}`}
            id={id}
            name={name}
            defaultValue={value}
            aria-describedby={describedBy}
          >
            <option value="">Any</option>
            {all.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
          </select>
        )}
      </Group>
    );
  };
  const input = (name: string, label: string, width: 5 | 10 | null, type = 'text') => (
    <Group name={name} label={label} error={errorOf(name)} key={name}>
      {(id, describedBy) => (
        <input
          class={['govuk-input', width ? `govuk-input--width-${width}` : '', errorOf(name) ? 'govuk-input--error' : '']
            .filter(Boolean)
            .join(' ')}
          id={id}
          name={name}
          type={type}
          inputMode={type === 'text' && width === 5 ? 'decimal' : undefined}
          spellcheck={false}
          defaultValue={query[name] ?? ''}
          aria-describedby={describedBy}
        />
      )}
    </Group>
  );
  const flagSelect = ({ name, label, yes, no }: (typeof FLAGS)[number]) =>
    select(name, label, [
      { value: 'true', text: yes },
      { value: 'false', text: no },
    ]);
  const asOptions = (values: readonly string[] | undefined) => (values ?? []).map((value) => ({ value, text: value }));
  const sorts = offered.allFilters ? SORTS : SORTS.filter((option) => CENSUS_SORTS.includes(option.value));
  return (
    <form class="beacon-filters beacon-no-print" method="get" action={action} onSubmit={onSubmit} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} key={name} />
      ))}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          {input('q', 'School name contains', null, 'search')}
          <Group name="sort" label="Sort by">
            {(id) => (
              <select class="govuk-select" id={id} name="sort" defaultValue={sort}>
                {sorts.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.text}
                  </option>
                ))}
              </select>
            )}
          </Group>
          {offered.phases ? select('phase', 'Phase', asOptions(offered.phases)) : null}
          {offered.types ? select('type', 'Type of establishment', asOptions(offered.types)) : null}
        </div>
        {offered.allFilters ? (
          <>
            <div class="govuk-grid-column-one-third">
              {(['awardStatus', 'awardLevel'] as const).map((name) => select(name, CHOICE_LABELS[name], CHOICES[name]))}
              {DATES.map(({ name, label }) => input(name, label, 10, 'date'))}
              {FLAGS.slice(0, 3).map(flagSelect)}
            </div>
            <div class="govuk-grid-column-one-third">
              {(['inclusionGrade', 'legacyGrade'] as const).map((name) =>
                select(name, CHOICE_LABELS[name], CHOICES[name]),
              )}
              {FLAGS.slice(3).map(flagSelect)}
            </div>
          </>
        ) : null}
      </div>
      <fieldset class="govuk-fieldset" aria-describedby="census-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Pupils ({censusPeriod})</legend>
        <div class="govuk-hint" id="census-hint">
          Per cent of the school's pupils, 0 to 100. Schools without census figures are left out.
        </div>
        <div class="beacon-inline-fields">{MIN_PERCENTS.map(({ name, label }) => input(name, label, 5))}</div>
      </fieldset>
      <FilterButtons clearHref={clearHref} />
    </form>
  );
}
