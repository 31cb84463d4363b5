// A generated population of schools and awards for the reassessment job's tests and benchmark.
// Deterministic (seeded), written in bulk; URNs from 800000 up so it never meets real GIAS URNs.
import { nextDue } from '../../functions/core/award-status.js';
import { addCalendarDays, addCalendarYears } from '../../functions/core/calendar.js';
import type { AwardRecord, IsoDate, SchoolRecord } from '../../functions/core/records.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';
import { awardSummary } from '../../functions/core/school-summary.js';
import { AWARD_LEVELS, type AwardLevel, IQM_ELEMENTS, type IqmElement } from '../../functions/core/vocabulary.js';
import {
  openBulkStore,
  recordIds,
  type StoreConfig,
  type StoredItem,
  storedItems,
} from '../../functions/store/index.js';

export interface PopulationOptions {
  schools: number;
  /** Schools with an award whose next review or reassessment falls in [dueFrom, dueTo] days from `today`. */
  dueAwards: number;
  /** Further schools with an award due well outside the job's window (must cost the job nothing). */
  otherAwards?: number;
  today: IsoDate;
  dueFrom?: number;
  dueTo?: number;
  firstUrn?: number;
  seed?: number;
}

export interface Population {
  schools: SchoolRecord[];
  awards: AwardRecord[];
  items: StoredItem[];
}

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const POPULATION_LA_CODES = ['901', '902', '903', '904', '905'];
export const POPULATION_TRUST_UIDS = ['900001', '900002', '900003'];

/** An award whose next due date lands `daysFromToday` from `today` (give or take a leap day). */
function awardDueAround(
  urn: string,
  level: AwardLevel,
  today: IsoDate,
  daysFromToday: number,
  index: number,
): AwardRecord {
  const years = level === 'INCLUSIVE_SCHOOL_AWARD' ? 3 : 1;
  const awardedOn = addCalendarYears(addCalendarDays(today, daysFromToday), -years);
  return {
    id: recordIds.make('A', urn, awardedOn, `gen${index.toString(36)}`),
    urn,
    level,
    assessedOn: awardedOn,
    awardedOn,
    assessor: 'Generated assessor',
    visitDays: 1,
    elements: (Object.keys(IQM_ELEMENTS) as IqmElement[]).map((element) => ({ element, standOut: false })),
    reviews: [],
    provenance: 'ILLUSTRATIVE',
    source: 'generated for the reassessment job tests',
    version: 1,
  };
}

export function generatePopulation(options: PopulationOptions): Population {
  const next = random(options.seed ?? 20261123);
  const firstUrn = options.firstUrn ?? 800000;
  const dueFrom = options.dueFrom ?? -98;
  const dueTo = options.dueTo ?? 90;
  const other = options.otherAwards ?? 0;
  const schools: SchoolRecord[] = [];
  const awards: AwardRecord[] = [];
  for (let index = 0; index < options.schools; index += 1) {
    const urn = String(firstUrn + index);
    const inTrust = next() < 0.4;
    const school: SchoolRecord = newSchoolRecord({
      urn,
      name: `Generated School ${urn}`,
      laCode: POPULATION_LA_CODES[index % POPULATION_LA_CODES.length] ?? '901',
      ...(inTrust ? { trustUid: POPULATION_TRUST_UIDS[index % POPULATION_TRUST_UIDS.length] } : {}),
      phase: 'Primary',
      type: 'Community school',
      provenance: 'ILLUSTRATIVE',
    });
    const level = AWARD_LEVELS[Math.floor(next() * AWARD_LEVELS.length)] ?? 'CENTRE_OF_EXCELLENCE';
    let award: AwardRecord | undefined;
    if (index < options.dueAwards) {
      award = awardDueAround(urn, level, options.today, dueFrom + Math.floor(next() * (dueTo - dueFrom + 1)), index);
    } else if (index < options.dueAwards + other) {
      // Due 6 to 30 months ahead: in the index, but in months the job does not read today.
      award = awardDueAround(urn, level, options.today, 180 + Math.floor(next() * 720), index);
    }
    if (award && nextDue(award)) {
      awards.push(award);
      school.awardIds = [award.id];
      school.summary = { award: awardSummary([award]) };
    }
    schools.push(school);
  }
  const localAuthorities = POPULATION_LA_CODES.map((code) => ({ code, name: `Generated council ${code}` }));
  const trusts = POPULATION_TRUST_UIDS.map((uid) => ({
    uid,
    name: `Generated trust ${uid}`,
    type: 'MULTI_ACADEMY_TRUST' as const,
    provenance: 'ILLUSTRATIVE' as const,
  }));
  const items: StoredItem[] = [
    ...localAuthorities.map(storedItems.localAuthority),
    ...trusts.map(storedItems.trust),
    ...schools.map(storedItems.school),
    ...storedItems.rollups(schools),
    ...storedItems.nameLists(localAuthorities, trusts),
    ...awards.map(storedItems.award),
  ];
  return { schools, awards, items };
}

/** Writes the items with a few BatchWriteItem streams in parallel (a bulk load, not the job under test). */
export async function writePopulation(store: StoreConfig, items: readonly StoredItem[], streams = 6): Promise<void> {
  const size = Math.ceil(items.length / streams);
  const bulk = openBulkStore(store);
  await Promise.all(
    Array.from({ length: streams }, (_, stream) => bulk.put(items.slice(stream * size, (stream + 1) * size))),
  );
}
