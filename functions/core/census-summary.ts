// A council's or a trust's school census, kept as tally counters that add up across schools (pupils, SEN support,
// EHC plans, FSM % weighted by pupils), so its summary is read from the kept tally without reading a school.
import { censusPeriodLabel, percentOf } from './census.js';
import type { Tally } from './inclusion-tally.js';
import type { IsoDate, SchoolRecord } from './records.js';

const CENSUS = 'census|';
const AS_AT = `${CENSUS}asAt|`;
const WITH_FIGURES = `${CENSUS}withFigures`;
const PUPILS = `${CENSUS}pupils`;
const SEN_SUPPORT = `${CENSUS}senSupport`;
const EHC_PLANS = `${CENSUS}ehcPlans`;
const WITH_FSM = `${CENSUS}withFsm`;
const FSM_PUPILS = `${CENSUS}fsmPupils`;
/** FSM % in tenths (as published, one decimal) times pupils: a whole number, so sums stay exact. */
const FSM_TENTHS = `${CENSUS}fsmTenthsByPupils`;

export function censusTally(school: SchoolRecord): Tally {
  const census = school.census;
  if (!census) return {};
  const tally: Tally = { [`${AS_AT}${census.asAt}`]: 1 };
  const { pupils, senSupport, ehcPlans, fsmPercent } = census;
  if (pupils !== undefined && senSupport !== undefined && ehcPlans !== undefined) {
    Object.assign(tally, { [WITH_FIGURES]: 1, [PUPILS]: pupils, [SEN_SUPPORT]: senSupport, [EHC_PLANS]: ehcPlans });
  }
  if (pupils !== undefined && fsmPercent !== undefined) {
    Object.assign(tally, { [WITH_FSM]: 1, [FSM_PUPILS]: pupils, [FSM_TENTHS]: Math.round(fsmPercent * 10) * pupils });
  }
  return tally;
}

export interface CensusSummaryView {
  asAt: IsoDate | null;
  periodLabel: string | null;
  schoolCount: number;
  schoolsWithFigures: number;
  pupils: number;
  senSupport: number;
  senSupportPercent: number | null;
  ehcPlans: number;
  ehcPlanPercent: number | null;
  schoolsWithFsm: number;
  fsmPercent: number | null;
}

/** A council's or a trust's census summed, from its kept tally (`schools` counts its open schools). */
export function censusSummaryOf(tally: Tally): CensusSummaryView {
  const count = (counter: string) => tally[counter] ?? 0;
  const asAt =
    Object.entries(tally)
      .filter(([counter, schools]) => counter.startsWith(AS_AT) && schools > 0)
      .map(([counter]) => counter.slice(AS_AT.length))
      .sort()
      .at(-1) ?? null;
  const pupils = count(PUPILS);
  const fsmPupils = count(FSM_PUPILS);
  return {
    asAt,
    periodLabel: asAt ? censusPeriodLabel(asAt) : null,
    schoolCount: count('schools'),
    schoolsWithFigures: count(WITH_FIGURES),
    pupils,
    senSupport: count(SEN_SUPPORT),
    senSupportPercent: percentOf(count(SEN_SUPPORT), pupils),
    ehcPlans: count(EHC_PLANS),
    ehcPlanPercent: percentOf(count(EHC_PLANS), pupils),
    schoolsWithFsm: count(WITH_FSM),
    fsmPercent: fsmPupils > 0 ? Math.round(count(FSM_TENTHS) / fsmPupils) / 10 : null,
  };
}
