// A year of daily runs over the seed scenario and a generated population, with annual reviews recorded on the
// way. What is sent, and on which day, must equal the set worked out here from the policy table alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { awardPolicy } from '../../functions/core/award-policy.js';
import { statusForDue } from '../../functions/core/award-status.js';
import { addCalendarDays, addCalendarYears, daysBetween } from '../../functions/core/calendar.js';
import type { AwardRecord, SchoolRecord } from '../../functions/core/records.js';
import { dueWindow } from '../../functions/core/reminder-plan.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import { openStore, type StoreConfig } from '../../functions/store/index.js';
import { seedIfEmpty } from '../../local/seed/seed.js';
import { createTestTable } from '../support/local-table.js';
import { generatePopulation, writePopulation } from '../support/reassessment-population.js';
import { recordingSender } from '../support/reminder-senders.js';

const START = '2026-07-01';
const DAYS = 365;
const END = addCalendarDays(START, DAYS - 1);
const SCENARIO_URNS = ['143630', '137883', '117231', '140412'];
const LORD_DERBY_REVIEWED_ON = '2026-12-20';

let store: StoreConfig;
let awards: AwardRecord[];
/** Reviews recorded during the year: award id -> day. */
const reviews = new Map<string, string>();
/** Reminder id -> the day it was sent. */
const sentOn = new Map<string, string>();
let duplicates: string[] = [];

/** The next due date with `reviewsDone` reviews, straight from the policy table. */
function dueWith(award: AwardRecord, reviewsDone: number): string {
  const policy = awardPolicy.levels[award.level];
  return policy.reviewIntervalYears !== null
    ? addCalendarYears(award.awardedOn, policy.reviewIntervalYears * (reviewsDone + 1))
    : addCalendarYears(award.awardedOn, policy.validityYears ?? 0);
}

/** Every reminder the policy owes over [from, to] for one due date, and the day each is sent. */
function owed(award: AwardRecord, dueOn: string, from: string, to: string, expected: Map<string, string>): void {
  const grace = awardPolicy.levels[award.level].graceDays;
  const stages = [...awardPolicy.reminderDaysBefore];
  for (const daysBefore of stages) {
    const day = addCalendarDays(dueOn, -daysBefore);
    if (day >= from && day <= to) expected.set(`${award.id}#${dueOn}#${daysBefore}`, day);
  }
  // On the first day the job sees this due date, a stage passed before then is caught up, the latest only.
  const daysToDue = daysBetween(from, dueOn);
  const reached = stages.filter((daysBefore) => daysToDue <= daysBefore);
  if (reached.length > 0 && daysToDue >= -grace) {
    const latest = Math.min(...reached);
    if (addCalendarDays(dueOn, -latest) < from) expected.set(`${award.id}#${dueOn}#${latest}`, from);
  }
}

function expectedReminders(): Map<string, string> {
  const expected = new Map<string, string>();
  for (const award of awards) {
    const reviewedOn = reviews.get(award.id);
    const first = dueWith(award, award.reviews.length);
    if (!reviewedOn) {
      owed(award, first, START, END, expected);
    } else {
      owed(award, first, START, addCalendarDays(reviewedOn, -1), expected);
      owed(award, dueWith(award, award.reviews.length + 1), reviewedOn, END, expected);
    }
  }
  return expected;
}

async function recordReview(awardId: string, reviewedOn: string): Promise<void> {
  await openStore(store).awards.change(
    awardId,
    (award) => {
      const reviewed: AwardRecord = {
        ...award,
        reviews: [{ reviewedOn, assessor: 'Simulated assessor', provenance: 'ILLUSTRATIVE' }, ...award.reviews],
        version: award.version + 1,
      };
      return { result: reviewed, changed: [reviewed], summary: `Recorded the annual review of ${reviewedOn}` };
    },
    { actor: 'simulated-assessor', at: `${reviewedOn}T10:00:00.000Z`, action: 'recordAnnualReview' },
  );
}

beforeAll(async () => {
  const table = await createTestTable('reassessment-year');
  store = { client: table.client, tableName: table.tableName };
  await seedIfEmpty(store);
  const population = generatePopulation({
    schools: 160,
    dueAwards: 140,
    otherAwards: 10,
    today: START,
    dueFrom: -100,
    dueTo: 395,
    seed: 7,
  });
  await writePopulation(store, population.items);

  const scenario: AwardRecord[] = [];
  for (const urn of SCENARIO_URNS) {
    const school = await openStore(store).schools.readLatest(urn);
    if (school)
      scenario.push(
        ...(await openStore(store).awards.readLatest(school)).filter(
          (award) => !award.withdrawnOn && !award.supersededOn,
        ),
      );
  }
  awards = [...scenario, ...population.awards];

  // Reviews on the way: Lord Derby's overdue review, and generated ones ten days early or five days late.
  const lordDerby = scenario.find((award) => award.urn === '140412');
  if (lordDerby) reviews.set(lordDerby.id, LORD_DERBY_REVIEWED_ON);
  population.awards
    .filter((award) => award.level !== 'INCLUSIVE_SCHOOL_AWARD')
    .map((award) => ({ award, dueOn: dueWith(award, 0) }))
    .filter(({ dueOn }) => dueOn > addCalendarDays(START, 30) && dueOn < addCalendarDays(END, -30))
    .slice(0, 16)
    .forEach(({ award, dueOn }, index) => {
      reviews.set(award.id, addCalendarDays(dueOn, index % 2 ? 5 : -10));
    });

  const sender = recordingSender();
  const reviewDays = new Map<string, string[]>();
  for (const [awardId, day] of reviews) reviewDays.set(day, [...(reviewDays.get(day) ?? []), awardId]);
  for (let offset = 0; offset < DAYS; offset += 1) {
    const today = addCalendarDays(START, offset);
    for (const awardId of reviewDays.get(today) ?? []) await recordReview(awardId, today);
    const before = sender.delivered.length;
    await runReassessment({ store, senders: [sender] }, { today });
    for (const id of sender.delivered.slice(before)) {
      if (sentOn.has(id)) duplicates.push(id);
      sentOn.set(id, today);
    }
  }
  duplicates = [...new Set(duplicates)];
}, 120_000);

describe('a simulated year of daily runs', () => {
  it('sends exactly the reminders the policy table owes, each on its day, none twice', () => {
    const expected = expectedReminders();
    expect(expected.size).toBeGreaterThan(300);
    expect(duplicates).toEqual([]);
    expect(Object.fromEntries([...sentOn].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it('reminds Lord Derby of its December 2026 review at 90, 30 and 7 days, on the day, and once overdue', () => {
    const lordDerby = [...sentOn].filter(([id]) => id.startsWith('A-140412-')).sort((a, b) => (a[1] < b[1] ? -1 : 1));
    expect(lordDerby.map(([id, day]) => [id.split('#').slice(1).join('#'), day])).toEqual([
      ['2026-12-15#90', '2026-09-16'],
      ['2026-12-15#30', '2026-11-15'],
      ['2026-12-15#7', '2026-12-08'],
      ['2026-12-15#0', '2026-12-15'],
      ['2026-12-15#-1', '2026-12-16'],
    ]);
  });

  it("flagged Lord Derby's status as it changed, and the review cleared the flag", async () => {
    const history = await openStore(store).history.page('140412', 20);
    const flags = history.entries.map(({ entry }) => entry).filter((entry) => entry.action === 'flagAwardStatus');
    expect(flags.map((entry) => entry.changes[0]?.after).reverse()).toEqual(['DUE_SOON', 'DUE', 'OVERDUE']);
    const school = (await openStore(store).schools.readLatest('140412')) as SchoolRecord;
    expect(school.summary.award).toMatchObject({ nextDueOn: '2027-12-15' });
    expect(school.summary.award?.status).toBeUndefined();
  });

  it('ends the year with the flag of every school the job has seen equal to its derived status', async () => {
    const firstWindowStart = dueWindow(START).from;
    let checked = 0;
    for (const award of awards) {
      const school = (await openStore(store).schools.readLatest(award.urn)) as SchoolRecord;
      const summary = school.summary.award;
      // Awards that lapsed before the first run (Micklem's 2015 award) never enter the job's window: unflagged.
      if (!summary || summary.awardId !== award.id || !summary.nextDueOn || summary.nextDueOn < firstWindowStart)
        continue;
      const derived = statusForDue(summary.level, summary.nextDueOn, END);
      expect({ urn: school.urn, status: summary.status ?? 'CURRENT' }).toEqual({ urn: school.urn, status: derived });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
