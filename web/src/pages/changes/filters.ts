// A change feed's view in the query string (`?kinds=GRADE_MOVED,JOINED_TRUST&since=2024-09-01&until=…&after=…`):
// the variables the API is asked with, as the address states them. Values are passed on as they are, so a bad one
// gets the API's own BAD_USER_INPUT message in the error summary.
import type { ChangeKind } from '../../generated/graphql.js';

/** The kinds' checkboxes, grouped as people think of them; FIGURES_PUBLISHED only in a council's feed. */
export const KIND_GROUPS: readonly {
  id: string;
  legend: string;
  kinds: readonly ChangeKind[];
  localAuthorityOnly?: true;
}[] = [
  {
    id: 'inspections',
    legend: 'Ofsted',
    kinds: ['INSPECTED', 'GRADE_MOVED', 'CONCERN_ENTERED', 'CONCERN_LEFT', 'SAFEGUARDING_NOT_EFFECTIVE'],
  },
  {
    id: 'schools',
    legend: 'Schools and trusts',
    kinds: ['OPENED', 'CLOSED', 'CONVERTED', 'JOINED_TRUST', 'LEFT_TRUST'],
  },
  {
    id: 'awards',
    legend: 'IQM awards',
    kinds: ['AWARD_GRANTED', 'REVIEW_RECORDED', 'AWARD_DUE_SOON', 'AWARD_OVERDUE', 'AWARD_LAPSED'],
  },
  { id: 'partners', legend: 'Partner agencies', kinds: ['PARTNERSHIP_STARTED', 'PARTNERSHIP_ENDED'] },
  { id: 'figures', legend: "The council's figures", kinds: ['FIGURES_PUBLISHED'], localAuthorityOnly: true },
];

export interface FeedVariables {
  since: string | null;
  until: string | null;
  kinds: ChangeKind[] | null;
  after: string | null;
}

/** The API's variables for the address's query string (unknown kinds are sent too: the API says what is wrong). */
export function feedVariables(query: Record<string, string>): FeedVariables {
  const kinds = (query.kinds ?? '')
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean);
  return {
    since: query.since || null,
    until: query.until || null,
    kinds: kinds.length > 0 ? (kinds as ChangeKind[]) : null,
    after: query.after || null,
  };
}

/** The three boxes of a GOV.UK date input ("2024-09-01" → 1, 9, 2024); anything else as far as it goes. */
export function dateParts(iso: string | undefined): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = (iso ?? '').split('-');
  const trim = (part: string) => part.replace(/^0(?=\d)/, '');
  return { day: trim(day), month: trim(month), year };
}

/** The boxes back as a day for the address: empty when all three are; otherwise as typed, for the API to judge. */
export function isoOf(day: string, month: string, year: string): string {
  if (!day.trim() && !month.trim() && !year.trim()) return '';
  const pad = (part: string) => part.trim().padStart(2, '0');
  return `${year.trim()}-${pad(month)}-${pad(day)}`;
}

/** The form's fields as the address's query string (kinds joined by commas, empty fields left out). */
export function searchOf(form: FormData): URLSearchParams {
  const search = new URLSearchParams();
  const kinds = form.getAll('kind').filter((kind): kind is string => typeof kind === 'string');
  if (kinds.length > 0) search.set('kinds', kinds.join(','));
  for (const name of ['since', 'until']) {
    const part = (field: string) => String(form.get(`${name}-${field}`) ?? '');
    const iso = isoOf(part('day'), part('month'), part('year'));
    if (iso) search.set(name, iso);
  }
  return search;
}
