// The filters a list is under, each a link that removes it (and only it): what the person asked for, in words.
import { formatDate } from '../../format.js';
import { CHOICE_LABELS, CHOICES, DATES, FLAGS, MIN_PERCENTS } from './filters.js';

interface Selected {
  name: string;
  text: string;
}

/** Every filter the address asks for, in words; a value the list cannot use is named as given. */
export function selectedFilters(query: Record<string, string>): Selected[] {
  const selected: Selected[] = [];
  const add = (name: string, text: (value: string) => string) => {
    const value = query[name];
    if (value) selected.push({ name, text: text(value) });
  };
  add('q', (value) => `Name contains “${value}”`);
  add('phase', (value) => `Phase: ${value}`);
  add('type', (value) => `Type: ${value}`);
  for (const [name, options] of Object.entries(CHOICES) as [keyof typeof CHOICES, { value: string; text: string }[]][])
    add(name, (value) => `${CHOICE_LABELS[name]}: ${options.find((option) => option.value === value)?.text ?? value}`);
  for (const { name, label } of DATES) add(name, (value) => `${label} ${formatDate(value) || value}`);
  for (const { name, label, yes, no } of FLAGS)
    add(name, (value) => (value === 'true' ? yes : value === 'false' ? no : `${label}: ${value}`));
  for (const { name, label } of MIN_PERCENTS) add(name, (value) => `${label} ${value}`);
  return selected;
}

export function FilterTags({
  query,
  hrefWithout,
}: {
  query: Record<string, string>;
  hrefWithout: (name: string) => string;
}) {
  const selected = selectedFilters(query);
  if (selected.length === 0) return null;
  return (
    <div class="beacon-selected-filters beacon-no-print" data-testid="selected-filters">
      <h2 class="govuk-heading-s govuk-!-margin-bottom-2">Selected filters</h2>
      <ul class="beacon-filter-tags">
        {selected.map(({ name, text }) => (
          <li key={name}>
            <a class="beacon-filter-tag" href={hrefWithout(name)}>
              <span class="govuk-visually-hidden">Remove filter: </span>
              {text}
              <span aria-hidden="true"> ×</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
