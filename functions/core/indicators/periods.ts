// Periods as the files state them and as a person reads them. LAIT writes a January census or a calendar year as
// '2025', an exclusions year as '2023/24' and an absence year by the year it ends ('2025' is 2024/25); Explore
// Education Statistics writes '202425' (Academic year) or '2024' (Calendar year). Each is read into the indicator's
// kind of period or is unreadable (a rejected row).
import type { PeriodKind } from './catalogue-types.js';

export interface IndicatorPeriod {
  /** '2025' (January census, calendar year) or '2024/25' (academic year). */
  id: string;
  label: string;
}

const YEAR = /^(\d{4})$/;
const ACADEMIC = /^(\d{4})\/(\d{2})$/;
const EES_ACADEMIC = /^(\d{4})(\d{2})$/;

const academic = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
const plausible = (year: number) => year >= 1990 && year <= 2100;

export function periodLabel(kind: PeriodKind, id: string): string {
  if (kind === 'JANUARY_CENSUS') return `January ${id} census`;
  if (kind === 'CALENDAR_YEAR') return `calendar year ${id}`;
  return id;
}

export const periodOf = (kind: PeriodKind, id: string): IndicatorPeriod => ({ id, label: periodLabel(kind, id) });

/** LAIT's `years` as the indicator's period id, or null when it cannot be read as one. */
export function laitPeriod(kind: PeriodKind, years: string): string | null {
  const year = YEAR.exec(years);
  if (year) {
    const value = Number(year[1]);
    if (!plausible(value)) return null;
    return kind === 'ACADEMIC_YEAR' ? academic(value - 1) : String(value);
  }
  const span = ACADEMIC.exec(years);
  if (!span || kind !== 'ACADEMIC_YEAR') return null;
  const start = Number(span[1]);
  return plausible(start) && (start + 1) % 100 === Number(span[2]) ? years : null;
}

/** An EES row's time_period and time_identifier as the indicator's period id, or null. */
export function eesPeriod(kind: PeriodKind, timePeriod: string, timeIdentifier: string): string | null {
  const identifier = timeIdentifier.trim().toLowerCase();
  if (identifier === 'calendar year') {
    const year = YEAR.exec(timePeriod);
    return year && kind === 'CALENDAR_YEAR' && plausible(Number(year[1])) ? timePeriod : null;
  }
  if (identifier !== 'academic year') return null;
  const span = EES_ACADEMIC.exec(timePeriod);
  if (!span) return null;
  const start = Number(span[1]);
  if (!plausible(start) || (start + 1) % 100 !== Number(span[2])) return null;
  // The SEN2 return and the census are taken in the January of the academic year.
  if (kind === 'JANUARY_CENSUS') return String(start + 1);
  return kind === 'ACADEMIC_YEAR' ? academic(start) : null;
}

/** The month a period is as at: January of a census, December of a calendar year, August of a school year. */
export function periodEnd(kind: PeriodKind, id: string): string {
  if (kind === 'JANUARY_CENSUS') return `${id}-01`;
  if (kind === 'CALENDAR_YEAR') return `${id}-12`;
  return `${Number(id.slice(0, 4)) + 1}-08`;
}
