// Whose schools a list shows: a council's, a trust's, England's by name, or a chosen set. Each is the same list (the
// API's Query.schools and Query.schoolsCsv) with its own filter, address, heading and way back.
import type { Crumb } from '../../components/govuk/breadcrumbs.js';
import type { SchoolFilter } from '../../generated/graphql.js';

export type ListScope =
  | { kind: 'localAuthority'; code: string }
  | { kind: 'trust'; uid: string }
  | { kind: 'england' }
  | { kind: 'chosen'; urns: string[] };

/** The most schools a chosen set may hold (the API's filter.urns). */
export const MAX_CHOSEN = 100;

/** The chosen set's URNs from the address: `urns=140412,137883` (or `urns` repeated, as a plain form sends it). */
export function chosenUrns(search: string): string[] {
  const values = new URLSearchParams(search).getAll('urns');
  return [...new Set(values.flatMap((value) => value.split(/[\s,]+/)).filter((urn) => urn !== ''))];
}

/** The scope's part of the API's filter. */
export function scopeFilter(scope: ListScope): SchoolFilter {
  switch (scope.kind) {
    case 'localAuthority':
      return { localAuthority: scope.code };
    case 'trust':
      return { trust: scope.uid };
    case 'chosen':
      return { urns: scope.urns };
    default:
      return {};
  }
}

/** The list's own address, without its query string. */
export function listPath(scope: ListScope): string {
  switch (scope.kind) {
    case 'localAuthority':
      return `/councils/${scope.code}/schools`;
    case 'trust':
      return `/trusts/${scope.uid}/schools`;
    case 'chosen':
      return '/compare';
    default:
      return '/schools';
  }
}

/** The query string a list keeps whatever the filters (the chosen set's URNs). */
export function keptQuery(scope: ListScope): URLSearchParams {
  return new URLSearchParams(scope.kind === 'chosen' ? { urns: scope.urns.join(',') } : {});
}

/** The list's heading, once its owner's name is known. */
export function listTitle(scope: ListScope, name: string | undefined): string {
  if (scope.kind === 'chosen') return 'Chosen schools';
  if (scope.kind === 'england') return 'Schools in England';
  return name ? `${name} schools` : 'Schools';
}

/** The way back up: England, then the council or trust the list belongs to. */
export function crumbsOf(scope: ListScope, name: string | undefined): Crumb[] {
  if (scope.kind === 'localAuthority')
    return [{ href: `/councils/${scope.code}`, text: name ?? `Council ${scope.code}` }];
  if (scope.kind === 'trust') return [{ href: `/trusts/${scope.uid}`, text: name ?? `Trust ${scope.uid}` }];
  return [];
}

/** The CSV file's name: what the list is, so a folder of downloads reads plainly. */
export function csvName(scope: ListScope): string {
  switch (scope.kind) {
    case 'localAuthority':
      return `beacon-council-${scope.code}-schools.csv`;
    case 'trust':
      return `beacon-trust-${scope.uid}-schools.csv`;
    case 'chosen':
      return 'beacon-chosen-schools.csv';
    default:
      return 'beacon-england-schools.csv';
  }
}
