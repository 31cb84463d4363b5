// The school list's filters as a GET form: submitted, it becomes the query string (a link reproduces the view).

import { Checkboxes } from '../../components/govuk/checkboxes.js';
import { Field, Input } from '../../components/govuk/field.js';
import { FilterButtons } from '../../components/govuk/filter-buttons.js';
import { Select } from '../../components/govuk/select.js';
import type { SchoolSort } from '../../generated/graphql.js';
import { CHOICES, MIN_PERCENTS, SORTS } from './filters.js';

export function FilterForm({
  code,
  action,
  query,
  sort,
  censusPeriod,
  onSubmit,
}: {
  /** The census the percentages are from ("January 2023 census"), as the list's rows state it. */
  censusPeriod: string;
  code: string;
  action: string;
  query: Record<string, string>;
  sort: SchoolSort;
  onSubmit: (event: Event) => void;
}) {
  const choice = (name: keyof typeof CHOICES, label: string) => (
    <Select id={`filter-${name}`} name={name} label={label} options={CHOICES[name]} value={query[name]} any="Any" />
  );
  return (
    <form class="beacon-filters beacon-no-print" method="get" action={action} onSubmit={onSubmit}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <Field id="filter-q" label="School name contains">
            <Input id="filter-q" name="q" type="search" defaultValue={query.q ?? ''} />
          </Field>
          <Select id="filter-sort" name="sort" label="Sort by" options={SORTS} value={sort} />
        </div>
        <div class="govuk-grid-column-one-third">
          {choice('awardStatus', 'Award status')}
          {choice('awardLevel', 'Award level')}
          <Field id="filter-dueBefore" label="Due on or before">
            <Input width={10} id="filter-dueBefore" name="dueBefore" type="date" defaultValue={query.dueBefore ?? ''} />
          </Field>
        </div>
        <div class="govuk-grid-column-one-third">
          {choice('inclusionGrade', 'Report card Inclusion grade')}
          {choice('legacyGrade', 'Overall effectiveness (before report cards)')}
          <Field id="filter-phase" label="Phase">
            <Input id="filter-phase" name="phase" defaultValue={query.phase ?? ''} />
          </Field>
          <Field id="filter-type" label="Type of establishment (exact, e.g. Community school)">
            <Input id="filter-type" name="type" defaultValue={query.type ?? ''} />
          </Field>
        </div>
      </div>
      <fieldset class="govuk-fieldset" aria-describedby="census-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Pupils ({censusPeriod})</legend>
        <div class="govuk-hint" id="census-hint">
          Per cent of the school's pupils, 0 to 100. Schools without census figures are left out.
        </div>
        <div class="beacon-inline-fields">
          {MIN_PERCENTS.map(({ name, label }) => (
            <Field id={`filter-${name}`} label={label} key={name}>
              <Input
                width={5}
                id={`filter-${name}`}
                name={name}
                inputMode="decimal"
                spellcheck={false}
                defaultValue={query[name] ?? ''}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <Checkboxes
        items={[
          {
            id: 'filter-safeguarding',
            name: 'safeguardingConcern',
            value: 'true',
            label: 'Safeguarding concern at the latest inspection',
            checked: query.safeguardingConcern === 'true',
          },
          {
            id: 'filter-no-partner',
            name: 'withoutPartnerAgency',
            value: 'true',
            label: 'No partner agency',
            checked: query.withoutPartnerAgency === 'true',
          },
        ]}
      />
      <FilterButtons clearHref={`/councils/${code}/schools`} />
    </form>
  );
}
