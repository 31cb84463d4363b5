// A school's figures from the DfE's January school census (pupils, SEN support, EHC plans, FSM %), how a census
// file's figures land on a school, and the percentages a school list filters and sorts on (census-summary.ts adds
// them up). Figures the DfE suppressed (x, c, z, empty) stay unknown, never zero; every figure is shown with its
// census date.
import type { IsoDate } from './records.js';

export const CENSUS_FIGURES = ['PUPILS', 'SEN_SUPPORT', 'EHC_PLANS', 'FSM_PERCENT'] as const;
export type CensusFigure = (typeof CENSUS_FIGURES)[number];

/** The figures a census file states for a school: a number, null when suppressed; absent when not carried. */
export interface CensusFigures {
  pupils?: number | null;
  senSupport?: number | null;
  ehcPlans?: number | null;
  fsmPercent?: number | null;
}

type FigureField = keyof CensusFigures;
const FIELD_OF: Record<CensusFigure, FigureField> = {
  PUPILS: 'pupils',
  SEN_SUPPORT: 'senSupport',
  EHC_PLANS: 'ehcPlans',
  FSM_PERCENT: 'fsmPercent',
};

/** As kept on the school: the census day, the figures known, and those the DfE suppressed. */
export interface SchoolCensusRecord {
  asAt: IsoDate;
  pupils?: number;
  senSupport?: number;
  ehcPlans?: number;
  fsmPercent?: number;
  /** Figures stated as suppressed or not applicable (unknown, not missing from the file). */
  suppressed?: CensusFigure[];
}

/** The January census day: the third Thursday of January (19 January 2023, 18 January 2024). */
export function januaryCensusDay(year: number): IsoDate {
  const firstWeekday = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - firstWeekday + 7) % 7);
  return `${year}-01-${String(firstThursday + 14).padStart(2, '0')}`;
}

/**
 * The census day a file's name or S3 key says: a folder or name holding a date (imports/school-census/2023-01-19/),
 * else the academic year it is named for (…_2022-23_…, …202223…: the January 2023 census); null when it says none.
 */
export function censusDayOfName(name: string): { day: IsoDate; from: string } | null {
  const parts = name.split('/');
  const folder = parts.slice(0, -1).find((part) => /^\d{4}-\d{2}-\d{2}$/.test(part));
  if (folder && isCalendarDay(folder)) return { day: folder, from: `the folder ${folder}` };
  const file = parts.at(-1) ?? name;
  const year = /(?<!\d)(20\d{2})[-_]?(\d{2})(?!\d)/.exec(file);
  if (year && Number(year[2]) === (Number(year[1]) + 1) % 100) {
    const january = Number(year[1]) + 1;
    return { day: januaryCensusDay(january), from: `the academic year ${year[1]}-${year[2]} in the file's name` };
  }
  return null;
}

export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** As a person reads the period: "January 2023 census". */
export function censusPeriodLabel(asAt: IsoDate): string {
  return `${MONTHS[Number(asAt.slice(5, 7)) - 1] ?? ''} ${asAt.slice(0, 4)} census`;
}

/** A share of pupils as a percentage with one decimal; null when either is unknown or there are no pupils. */
export function percentOf(part: number | undefined, pupils: number | undefined): number | null {
  if (part === undefined || pupils === undefined || pupils === 0) return null;
  return Math.round((part / pupils) * 1000) / 10;
}

/**
 * The school's census once a file's figures land: a newer census replaces the held one, the same census takes the
 * figures the file carries (the rest stay), an older one changes nothing. Null when nothing changes.
 */
export function applyCensus(
  held: SchoolCensusRecord | undefined,
  asAt: IsoDate,
  figures: CensusFigures,
): SchoolCensusRecord | null {
  if (held && held.asAt > asAt) return null;
  const base: SchoolCensusRecord = held && held.asAt === asAt ? held : { asAt };
  const next: SchoolCensusRecord = { asAt };
  const suppressed = new Set(base.suppressed ?? []);
  for (const figure of CENSUS_FIGURES) {
    const field = FIELD_OF[figure];
    const stated = figures[field];
    if (stated === undefined) {
      const kept = base[field];
      if (kept !== undefined) next[field] = kept;
      continue;
    }
    if (stated === null) suppressed.add(figure);
    else {
      suppressed.delete(figure);
      next[field] = stated;
    }
  }
  if (suppressed.size > 0) next.suppressed = CENSUS_FIGURES.filter((figure) => suppressed.has(figure));
  return held && sameCensus(held, next) ? null : next;
}

const sameCensus = (a: SchoolCensusRecord, b: SchoolCensusRecord) =>
  a.asAt === b.asAt &&
  CENSUS_FIGURES.every((figure) => a[FIELD_OF[figure]] === b[FIELD_OF[figure]]) &&
  (a.suppressed ?? []).join() === (b.suppressed ?? []).join();

/** The school's census as the API shows it. */
export interface SchoolCensusView {
  asAt: IsoDate;
  periodLabel: string;
  pupils: number | null;
  senSupport: number | null;
  senSupportPercent: number | null;
  ehcPlans: number | null;
  ehcPlanPercent: number | null;
  fsmPercent: number | null;
  suppressed: CensusFigure[];
}

export function censusView(census: SchoolCensusRecord | undefined): SchoolCensusView | null {
  if (!census) return null;
  return {
    asAt: census.asAt,
    periodLabel: censusPeriodLabel(census.asAt),
    pupils: census.pupils ?? null,
    senSupport: census.senSupport ?? null,
    senSupportPercent: percentOf(census.senSupport, census.pupils),
    ehcPlans: census.ehcPlans ?? null,
    ehcPlanPercent: percentOf(census.ehcPlans, census.pupils),
    fsmPercent: census.fsmPercent ?? null,
    suppressed: census.suppressed ?? [],
  };
}

/** The three percentages a school list filters and sorts on. */
export interface CensusPercents {
  senSupport?: number;
  ehcPlan?: number;
  fsm?: number;
}

export function censusPercents(census: SchoolCensusRecord | undefined): CensusPercents {
  const view = censusView(census);
  const given = (value: number | null | undefined) => value ?? undefined;
  return {
    senSupport: given(view?.senSupportPercent),
    ehcPlan: given(view?.ehcPlanPercent),
    fsm: given(view?.fsmPercent),
  };
}
