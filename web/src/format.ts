// Dates and numbers as people write them: "15 January 2027", "1,284", "35%". The words for the API's enum values
// are in functions/core/labels.ts, shared with the API's CSV.
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

/** 0.35 → "35%"; a share that rounds to 0% or 100% without being it says so ("under 1%", "over 99%"). */
export function formatShare(share: number): string {
  const percent = Math.round(share * 100);
  if (percent === 0 && share > 0) return 'under 1%';
  if (percent === 100 && share < 1) return 'over 99%';
  return `${percent}%`;
}
