import { describe, expect, it } from 'vitest';
import { nextDue, statusForDue } from '../../functions/core/award-status.js';
import { addCalendarDays } from '../../functions/core/calendar.js';
import { addContactFromInput } from '../../functions/core/contact-input.js';
import { planReminder } from '../../functions/core/reminder-plan.js';
import { outboxSender } from '../../functions/notify/outbox-sender.js';
import { createReassessmentHandler } from '../../functions/reassessment/create-handler.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import {
  countRequests,
  createDocumentClient,
  newRequestCounter,
  openJobStore,
  openStore,
  type StoreConfig,
} from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { crashAfter, isSentMark, SimulatedCrash } from '../support/fault-injection.js';
import { createTestTable, type TestTable } from '../support/local-table.js';
import { generatePopulation, type Population, writePopulation } from '../support/reassessment-population.js';
import { recordingSender } from '../support/reminder-senders.js';

const TODAY = '2026-11-23';

interface Fixture {
  table: TestTable;
  store: StoreConfig;
  population: Population;
  /** Reminder ids owed on TODAY, computed from the plan. */
  owed: string[];
}

async function fixture(name: string, dueAwards = 30): Promise<Fixture> {
  const table = await createTestTable(`reassessment-run-${name}`);
  const population = generatePopulation({
    schools: dueAwards + 10,
    dueAwards,
    otherAwards: 5,
    today: TODAY,
    seed: dueAwards,
  });
  const store = { client: table.client, tableName: table.tableName };
  await writePopulation(store, population.items);
  return { table, store, population, owed: owedOn(population, TODAY) };
}

function owedOn(population: Population, today: string): string[] {
  return population.awards
    .flatMap((award) => {
      const due = nextDue(award);
      return due
        ? [
            planReminder(
              { awardId: award.id, urn: award.urn, level: award.level, kind: due.kind, dueOn: due.dueOn },
              today,
            ).reminderId,
          ]
        : [];
    })
    .filter((id): id is string => id !== null)
    .sort();
}

/** A second client on the same table, so a test can crash one without touching the other. */
function freshClient(table: TestTable) {
  return createDocumentClient(localClientConfig(table.endpoint));
}

/** A reminder as stored now (a strongly consistent read). */
async function storedReminder(store: StoreConfig, urn: string, id: string) {
  const reminder = (await openJobStore(store).reminders.read([{ urn, id }])).get(id);
  if (!reminder) throw new Error(`reminder ${id} is not stored`);
  return reminder;
}

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('a daily run', () => {
  it('sends each reminder owed once, records it done (no contacts: NO_RECIPIENTS), flags each school', async () => {
    const { store, population, owed } = await fixture('once');
    expect(owed.length).toBeGreaterThan(15);
    const sender = recordingSender();
    const report = await runReassessment({ store, senders: [sender] }, { today: TODAY });

    expect(sorted(sender.delivered)).toEqual(owed);
    expect(report).toMatchObject({ owed: owed.length, failed: [], skipped: [] });
    const award = population.awards[0]!;
    const id = owed.find((candidate) => candidate.startsWith(award.id))!;
    const stored = await storedReminder(store, award.urn, id);
    // The generated schools have no contacts: delivered on every channel, to nobody, so recorded NO_RECIPIENTS.
    expect(stored).toMatchObject({
      status: 'NO_RECIPIENTS',
      attempts: 1,
      plannedOn: TODAY,
      delivered: { test: expect.any(String) },
    });

    for (const school of population.schools.filter((candidate) => candidate.summary.award)) {
      const item = (await openStore(store).schools.readLatest(school.urn))!;
      const derived = statusForDue(school.summary.award!.level, school.summary.award!.nextDueOn, TODAY);
      expect(item.summary.award?.status ?? 'CURRENT').toBe(derived);
      if (derived !== 'CURRENT') {
        expect(item.summary.award?.flaggedOn).toBe(TODAY);
        const history = await openStore(store).history.page(school.urn, 5);
        expect(history.entries[0]?.entry).toMatchObject({ actor: 'beacon-reassessment', action: 'flagAwardStatus' });
      }
    }
  });

  it('sends nothing and flags nothing when run again on the same day', async () => {
    const { table, store, owed } = await fixture('twice');
    await runReassessment({ store, senders: [recordingSender()] }, { today: TODAY });
    const again = recordingSender();
    const counter = newRequestCounter();
    const client = freshClient(table);
    countRequests(client, counter);
    const report = await runReassessment({ store: { ...store, client }, senders: [again] }, { today: TODAY });
    expect(again.delivered).toEqual([]);
    expect(report.flags).toEqual([]);
    expect(report.owed).toBe(0);
    // Reads only: the month queries and two batch reads (awards+schools, reminders).
    expect(Object.keys(counter.byCommand).sort()).toEqual(['BatchGetItemCommand', 'QueryCommand']);
    expect(counter.byCommand.BatchGetItemCommand).toBe(2);
    expect(owed.length).toBeGreaterThan(0);
  });

  it('retries a failed delivery on the next run without resending the others', async () => {
    const { store, population, owed } = await fixture('retry');
    const tomorrow = addCalendarDays(TODAY, 1);
    const stillOwed = new Set(owedOn(population, tomorrow));
    const failing = new Set(owed.filter((id) => stillOwed.has(id)).slice(0, 3));
    const first = recordingSender('test', { failWhen: (message) => failing.has(message.reminder.id) });
    const report = await runReassessment({ store, senders: [first] }, { today: TODAY });
    expect(sorted(report.failed.map((failure) => failure.reminderId))).toEqual(sorted([...failing]));
    expect(report.failed[0]?.error).toContain('simulated test outage');

    const second = recordingSender();
    await runReassessment({ store, senders: [second] }, { today: tomorrow });
    for (const id of failing) expect(second.delivered.filter((delivered) => delivered === id)).toHaveLength(1);
    const everything = [...first.delivered, ...second.delivered];
    expect(new Set(everything).size).toBe(everything.length);
    const retried = [...failing][0]!;
    const stored = await storedReminder(store, retried.slice(2, 8), retried);
    expect(stored).toMatchObject({ status: 'NO_RECIPIENTS', attempts: 2 });
  });

  it('after a crash half-way through, the rerun sends exactly the rest', async () => {
    const { table, store, owed } = await fixture('crash');
    const half = Math.floor(owed.length / 2);
    const crashing = freshClient(table);
    crashAfter(crashing, half, isSentMark);
    const before = recordingSender();
    await expect(
      runReassessment({ store: { ...store, client: crashing }, senders: [before] }, { today: TODAY, concurrency: 1 }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    expect(before.delivered).toHaveLength(half);

    const after = recordingSender();
    await runReassessment({ store, senders: [after] }, { today: TODAY });
    expect(sorted(after.delivered)).toEqual(owed.filter((id) => !before.delivered.includes(id)));
    expect(sorted([...before.delivered, ...after.delivered])).toEqual(owed);
  });

  it(
    'after a crash between a delivery and its record, redelivers that one reminder, under the same id, once its ' +
      'claim runs out',
    async () => {
      const { table, store, owed } = await fixture('window', 12);
      const crashing = freshClient(table);
      crashAfter(crashing, 3, isSentMark, { before: true });
      const printed: string[] = [];
      const outbox = outboxSender({ store, print: (line) => printed.push(line) });
      await expect(
        runReassessment({ store: { ...store, client: crashing }, senders: [outbox] }, { today: TODAY, concurrency: 1 }),
      ).rejects.toBeInstanceOf(SimulatedCrash);
      expect(printed).toHaveLength(3);

      // Straight after the crash the interrupted reminder is still claimed: the rerun sends the others.
      const rerun = await runReassessment({ store, senders: [outbox] }, { today: TODAY });
      expect(rerun.skipped).toHaveLength(1);
      const later = new Date(Date.now() + 121_000);
      const afterClaim = await runReassessment({ store, senders: [outbox], now: () => later }, { today: TODAY });
      expect(afterClaim.sent.map((message) => message.reminder.id)).toEqual(rerun.skipped);
      // The outbox keys messages by reminder id: the redelivery added nothing.
      const messages = await openJobStore(store).outbox.read();
      expect(sorted(messages.map((message) => message.reminderId))).toEqual(owed);
      expect(printed).toHaveLength(owed.length);
    },
  );

  it('delivers each reminder once when two runs start at the same moment', async () => {
    const { store, owed } = await fixture('concurrent');
    const [a, b] = [recordingSender(), recordingSender()];
    await Promise.all([
      runReassessment({ store, senders: [a] }, { today: TODAY }),
      runReassessment({ store, senders: [b] }, { today: TODAY }),
    ]);
    expect(sorted([...a.delivered, ...b.delivered])).toEqual(owed);
  });

  it('addresses a reminder to the contacts of the school, its trust and its council', async () => {
    const { store, population } = await fixture('contacts', 10);
    const school = population.schools.find(
      (candidate) =>
        candidate.trustUid &&
        owedOn({ ...population, awards: population.awards.filter((award) => award.urn === candidate.urn) }, TODAY)
          .length,
    )!;
    const change = { actor: 'officer@example.org', at: new Date().toISOString(), action: 'addContact' };
    const add = (owner: Record<string, string>, email: string, role: string) =>
      openStore(store).contacts.change(addContactFromInput({ owner, email, role }, change), change);
    await add({ urn: school.urn }, 'senco@school.example', 'SENCO');
    await add({ trustUid: school.trustUid! }, 'inclusion@trust.example', 'TRUST_INCLUSION_LEAD');
    await add({ laCode: school.laCode }, 'send@council.example', 'COUNCIL_SEND_OFFICER');
    await add({ laCode: school.laCode }, 'SENCO@school.example', 'SENCO');

    const sender = recordingSender();
    await runReassessment({ store, senders: [sender] }, { today: TODAY });
    const message = sender.messages.find((candidate) => candidate.reminder.urn === school.urn)!;
    expect(message.reminder.recipients).toEqual([
      { email: 'senco@school.example', role: 'SENCO', scope: 'SCHOOL' },
      { email: 'inclusion@trust.example', role: 'TRUST_INCLUSION_LEAD', scope: 'TRUST' },
      { email: 'send@council.example', role: 'COUNCIL_SEND_OFFICER', scope: 'LOCAL_AUTHORITY' },
    ]);
    expect(message.subject).toContain(school.name);
  });

  it('only reports what it would send on a dry run, and writes nothing', async () => {
    const { store, owed } = await fixture('dry', 10);
    const sender = recordingSender();
    const dry = await runReassessment({ store, senders: [sender] }, { today: TODAY, dryRun: true });
    expect(sorted(dry.wouldSend.map((message) => message.reminder.id))).toEqual(owed);
    expect(sender.delivered).toEqual([]);
    const real = await runReassessment({ store, senders: [sender] }, { today: TODAY });
    expect(real.sent).toHaveLength(owed.length);
    expect(real.flags.length).toBeGreaterThan(0);
    // The dry run foresaw exactly the flags the real run wrote.
    expect(dry.flags).toEqual(real.flags);
  });
});

describe('the scheduled Lambda handler', () => {
  it('runs for the day in the event, or today in London, and answers a summary', async () => {
    const { store, owed } = await fixture('handler', 10);
    const handler = createReassessmentHandler(
      { store, senders: [recordingSender()], log: { info: () => undefined, warn: () => undefined } },
      () => new Date(`${TODAY}T23:30:00Z`),
    );
    // 23:30 UTC on 23 November is still 23 November in London (GMT); the summary counts what was sent.
    await expect(handler({})).resolves.toMatchObject({ today: TODAY, sent: owed.length, failed: 0 });
    await expect(handler({ today: TODAY })).resolves.toMatchObject({ today: TODAY, sent: 0 });
    await expect(handler({ today: '2026-02-30' })).rejects.toThrow(/today must be a real date/);
    // A scheduled run retried the next morning still runs for the day it was scheduled (06:00 London, in BST).
    await expect(
      handler({ source: 'beacon.schedule', scheduledTime: '2026-07-01T05:00:00Z', executionId: 'x', dryRun: true }),
    ).resolves.toMatchObject({ today: '2026-07-01' });
    await expect(handler({ scheduledTime: 'yesterday' })).rejects.toThrow(/scheduledTime must be an ISO 8601 instant/);
  });

  it('reads its configuration once and names what is missing', async () => {
    const { readReassessmentConfig } = await import('../../functions/reassessment/config.js');
    expect(() => readReassessmentConfig({ TABLE_NAME: 'beacon' })).toThrow(
      /REMINDER_FROM_ADDRESS.*EVENT_BUS_NAME|EVENT_BUS_NAME.*REMINDER_FROM_ADDRESS/,
    );
    expect(
      readReassessmentConfig({
        TABLE_NAME: 't',
        REMINDER_FROM_ADDRESS: 'reminders@beacon.example.org',
        EVENT_BUS_NAME: 'bus',
      }),
    ).toMatchObject({
      TABLE_NAME: 't',
    });
  });
});
