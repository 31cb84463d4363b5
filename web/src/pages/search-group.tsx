// One group of a search's results (councils, trusts or schools): its count, its results with a line of context and
// what the text matched, and its own pages to the end. A group's place is its trail of cursors in the address
// ("schools=c1,c2": the pages before this one), so Previous, Next and Back all work and a link reproduces the view.
import { searchFieldLabels } from '../../../functions/core/labels.js';
import type { SearchField } from '../../../functions/core/ranked-search.js';
import { Pagination } from '../components/govuk/pagination.js';
import { formatCount } from '../format.js';

export const SEARCH_PAGE_SIZE = 20;

export type GroupName = 'localAuthorities' | 'trusts' | 'schools';

/** Each group's parameter in the address. */
export const GROUP_PARAMETERS: Record<GroupName, string> = {
  localAuthorities: 'councils',
  trusts: 'trusts',
  schools: 'schools',
};

/** The cursors of the pages before this one, from the address. */
export const trailOf = (value: string | undefined): string[] => (value ? value.split(',').filter(Boolean) : []);

export interface SearchPlace {
  text: string;
  trails: Record<GroupName, string[]>;
}

/** The address of the search with one group's trail changed. */
export function searchHref(place: SearchPlace, group: GroupName, trail: readonly string[]): string {
  const params = new URLSearchParams({ q: place.text });
  for (const name of ['localAuthorities', 'trusts', 'schools'] as const) {
    const kept = name === group ? trail : place.trails[name];
    if (kept.length > 0) params.set(GROUP_PARAMETERS[name], kept.join(','));
  }
  return `/search?${params.toString()}#${group}`;
}

export interface GroupResult {
  key: string;
  href: string;
  name: string;
  /** A line of context: what it is, where. */
  context: string;
  match: { field: SearchField; value: string } | null | undefined;
}

interface GroupProps {
  name: GroupName;
  title: string;
  /** The noun for one and for many: ["school", "schools"]. */
  noun: readonly [string, string];
  total: number;
  place: SearchPlace;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  results: readonly GroupResult[];
}

/** "(Former name: Academies Enterprise Trust)", when neither the name nor the line of context shows what matched. */
function Found({ match, context }: { match: GroupResult['match']; context: string }) {
  if (!match || match.field === 'NAME' || context.includes(match.value)) return null;
  return (
    <span class="govuk-body-s beacon-search__match">
      {' '}
      ({searchFieldLabels[match.field]}: <strong>{match.value}</strong>)
    </span>
  );
}

export function SearchGroup({ name, title, noun, total, place, endCursor, hasNextPage, results }: GroupProps) {
  if (total === 0) return null;
  const trail = place.trails[name];
  const first = trail.length * SEARCH_PAGE_SIZE + 1;
  const last = first + results.length - 1;
  const range =
    total > results.length
      ? `${formatCount(first)} to ${formatCount(last)} of ${formatCount(total)} ${noun[1]}`
      : `${formatCount(total)} ${total === 1 ? noun[0] : noun[1]}`;
  return (
    <section aria-labelledby={`${name}-heading`} class="beacon-search__group">
      <h2 class="govuk-heading-m" id={`${name}-heading`}>
        <span id={name}>{title}</span> <span class="govuk-caption-m beacon-search__range">{range}</span>
      </h2>
      <ul class="govuk-list beacon-search__results">
        {results.map((result) => (
          <li key={result.key} class="beacon-search__result">
            <a class="govuk-link govuk-!-font-weight-bold" href={result.href}>
              {result.name}
            </a>
            <Found match={result.match} context={result.context} />
            <br />
            <span class="govuk-body-s beacon-search__context">{result.context}</span>
          </li>
        ))}
      </ul>
      {trail.length > 0 || hasNextPage ? (
        <Pagination
          label={`${title}: pages`}
          previous={
            trail.length > 0
              ? { href: searchHref(place, name, trail.slice(0, -1)), text: `Previous ${noun[1]}`, rel: 'prev' }
              : undefined
          }
          next={
            hasNextPage && endCursor
              ? { href: searchHref(place, name, [...trail, endCursor]), text: `Next ${noun[1]}`, rel: 'next' }
              : undefined
          }
        />
      ) : null}
    </section>
  );
}
