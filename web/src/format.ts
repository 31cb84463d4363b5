// Words and numbers as people write them: "15 January 2027", "1,284", "Due soon".
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const COUNT = new Intl.NumberFormat('en-GB');

/** "2027-01-15" → "15 January 2027"; "2025-09" → "September 2025"; missing → "". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}$/.test(iso)) return MONTH.format(new Date(`${iso}-01T00:00:00Z`));
  return DATE.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export const formatCount = (count: number) => COUNT.format(count);

export const formatShare = (share: number) => `${Math.round(share * 100)}%`;

/** DUE_SOON → "Due soon"; CENTRE_OF_EXCELLENCE → "Centre of excellence" (see LABELS for proper names). */
const LABELS: Record<string, string> = {
  INCLUSIVE_SCHOOL_AWARD: 'Inclusive School Award',
  CENTRE_OF_EXCELLENCE: 'Centre of Excellence',
  FLAGSHIP_SCHOOL: 'Flagship School',
  NOT_MET: 'Not met',
  MET: 'Met',
  NOT_EFFECTIVE: 'Not effective',
  EFFECTIVE: 'Effective',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  COUNCIL_SEND_TEAM: 'Council SEND team',
  CAMHS: 'CAMHS',
};

export function label(value: string | null | undefined): string {
  if (!value) return '';
  const known = LABELS[value];
  if (known) return known;
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The GOV.UK tag colour for an award status: colour is never the only signal, the words are always shown. */
export function statusTagClass(status: string | null | undefined): string {
  switch (status) {
    case 'CURRENT':
      return 'govuk-tag--green';
    case 'DUE_SOON':
    case 'DUE':
      return 'govuk-tag--yellow';
    case 'OVERDUE':
      return 'govuk-tag--orange';
    case 'LAPSED':
    case 'WITHDRAWN':
      return 'govuk-tag--red';
    default:
      return 'govuk-tag--grey';
  }
}
