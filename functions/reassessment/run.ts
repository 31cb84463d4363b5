// One run of the daily job for one day: find the awards due around it, flag their status on the schools,
// and deliver each reminder owed exactly once (recorded with a conditional write before it is sent).
import { randomUUID } from 'node:crypto';
import pMap from 'p-map';
import { nextDue } from '../core/award-status.js';
import { type ContactOwner, recipientsOf } from '../core/contacts.js';
import type { AwardRecord, IsoDate, SchoolRecord } from '../core/records.js';
import { dueWindow, planReminder, type ReminderPlan } from '../core/reminder-plan.js';
import { FINISHED_REMINDER_STATUSES, type ReminderRecord, reminderText } from '../core/reminders.js';
import { type StatusFlag, statusFlagChange } from '../core/status-flag.js';
import type { DueKind } from '../core/vocabulary.js';
import { type Log, silentLog } from '../log.js';
import type { ReminderMessage, ReminderSender } from '../notify/reminder-sender.js';
import { type JobStore, openJobStore, type StoreConfig } from '../store/index.js';
import { type Delivery, type DeliveryTask, deliverReminder } from './deliver.js';
import { type DigestDeps, type DigestReport, runDigests } from './digests.js';

export const JOB_ACTOR = 'beacon-reassessment';

/** The job logs a run's end and each failed delivery: info and warn of the one log interface. */
export type JobLog = Pick<Log, 'info' | 'warn'>;

export interface ReassessmentDeps {
  store: StoreConfig;
  /** Delivery channels, in order; a reminder is SENT once every one has it. */
  senders: readonly ReminderSender[];
  now?: () => Date;
  log?: JobLog;
  /** The weekly digest's senders and links; without them the run sends reminders only. */
  digests?: DigestDeps;
}

export interface RunOptions {
  /** The day to run for (Europe/London). */
  today: IsoDate;
  /** Work out what is owed and report it; write and send nothing. */
  dryRun?: boolean;
  /** Reminders delivered in parallel (default 4). */
  concurrency?: number;
}

export interface RunReport {
  today: IsoDate;
  window: { from: IsoDate; to: IsoDate };
  /** Open awards due in the window (the job's unit of work). */
  dueAwards: number;
  /** Status flags written (on a dry run: that would be written). */
  flags: (StatusFlag & { urn: string })[];
  /** Reminders owed today and not yet delivered: what this run set out to send. */
  owed: number;
  /** Delivered on every channel by this run. */
  sent: ReminderMessage[];
  failed: { reminderId: string; error: string }[];
  /** Owed but taken by a concurrent run. */
  skipped: string[];
  /** Dry run: what would be sent. */
  wouldSend: ReminderMessage[];
  /** The weekly digest (not on a dry run, nor without digest senders). */
  digests?: DigestReport;
}

interface Owed {
  award: AwardRecord;
  school: SchoolRecord;
  plan: ReminderPlan & { daysBefore: number; reminderId: string };
  dueKind: DueKind;
  dueOn: IsoDate;
}

export async function runReassessment(deps: ReassessmentDeps, options: RunOptions): Promise<RunReport> {
  const report = await runReminders(deps, options);
  if (!deps.digests || options.dryRun) return report;
  const now = deps.now ?? (() => new Date());
  const digests = await runDigests(openJobStore(deps.store), deps.digests, { ...options, now });
  for (const failed of digests.failed) {
    (deps.log ?? silentLog).warn('Digest delivery failed; the next run retries it', failed);
  }
  return { ...report, digests };
}

async function runReminders(deps: ReassessmentDeps, options: RunOptions): Promise<RunReport> {
  if (deps.senders.length === 0) throw new Error('The reassessment job needs at least one reminder sender');
  const store = openJobStore(deps.store);
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? silentLog;
  const { today } = options;
  const window = dueWindow(today);
  const report: RunReport = {
    today,
    window,
    dueAwards: 0,
    flags: [],
    owed: 0,
    sent: [],
    failed: [],
    skipped: [],
    wouldSend: [],
  };

  const listed = await store.reminders.dueAwards(window);
  if (listed.length === 0) return report;
  // The index is eventually consistent: decide on the awards and schools as they are now.
  const state = await store.reminders.dueState(listed);
  const owed: Owed[] = [];
  for (const { id } of listed) {
    const award = state.awards.get(id);
    const school = award && state.schools.get(award.urn);
    const due = award && nextDue(award);
    if (!award || !school || !due || due.dueOn < window.from || due.dueOn > window.to) continue;
    report.dueAwards += 1;
    const plan = planReminder(
      { awardId: award.id, urn: award.urn, level: award.level, kind: due.kind, dueOn: due.dueOn },
      today,
    );
    if (plan.reminderId !== null && plan.daysBefore !== null) {
      owed.push({
        award,
        school,
        plan: { ...plan, reminderId: plan.reminderId, daysBefore: plan.daysBefore },
        dueKind: due.kind,
        dueOn: due.dueOn,
      });
    }
  }

  const recorded = await store.reminders.read(owed.map(({ award, plan }) => ({ urn: award.urn, id: plan.reminderId })));
  const undelivered = owed.filter(
    ({ plan }) => !FINISHED_REMINDER_STATUSES.includes(recorded.get(plan.reminderId)?.status ?? 'PENDING'),
  );
  report.owed = undelivered.length;
  const tasks = await deliveryTasks(store, undelivered, recorded, today, now);

  const schools = [...state.schools.values()];
  if (options.dryRun) {
    report.wouldSend = tasks.map(({ reminder, schoolName }) => ({
      reminder,
      schoolName,
      ...reminderText(reminder, schoolName),
    }));
    report.flags = schools.flatMap((school) => {
      const flag = statusFlagChange(school.summary, today);
      return flag ? [{ ...flag, urn: school.urn }] : [];
    });
    return report;
  }

  const change = { actor: JOB_ACTOR, action: 'flagAwardStatus', at: now().toISOString() };
  const concurrency = options.concurrency ?? 4;
  const flags = await pMap(schools, (school) => store.reminders.flagStatus(school, today, change), { concurrency });
  flags.forEach((flag, index) => {
    if (flag) report.flags.push({ ...flag, urn: schools[index]?.urn ?? '' });
  });

  const context = { store, senders: deps.senders, runId: randomUUID(), now };
  const deliveries = await pMap(tasks, (task) => deliverReminder(context, task), { concurrency });
  for (const delivery of deliveries) record(report, delivery, log);
  log.info('Reassessment run finished', {
    today,
    dueAwards: report.dueAwards,
    flagged: report.flags.length,
    owed: report.owed,
    sent: report.sent.length,
    failed: report.failed.length,
    skipped: report.skipped.length,
  });
  return report;
}

function record(report: RunReport, delivery: Delivery, log: JobLog): void {
  switch (delivery.outcome) {
    case 'sent':
      report.sent.push(delivery.message);
      return;
    case 'failed':
      report.failed.push({ reminderId: delivery.message.reminder.id, error: delivery.error });
      log.warn('Reminder delivery failed; the next run retries it', {
        reminderId: delivery.message.reminder.id,
        error: delivery.error,
      });
      return;
    case 'skipped':
      report.skipped.push(delivery.reminderId);
  }
}

const ownerKey = (owner: ContactOwner) => `${owner.scope}|${owner.id}`;

/** New reminders get today's recipients (one batch read of contact lists); recorded ones keep theirs. */
async function deliveryTasks(
  store: JobStore,
  undelivered: readonly Owed[],
  recorded: Map<string, ReminderRecord>,
  today: IsoDate,
  now: () => Date,
): Promise<DeliveryTask[]> {
  const fresh = undelivered.filter(({ plan }) => !recorded.has(plan.reminderId));
  const ownersOf = (school: SchoolRecord): ContactOwner[] => [
    { scope: 'SCHOOL', id: school.urn },
    ...(school.trustUid ? [{ scope: 'TRUST' as const, id: school.trustUid }] : []),
    { scope: 'LOCAL_AUTHORITY', id: school.laCode },
  ];
  const owners = [
    ...new Map(
      fresh.flatMap(({ school }) => ownersOf(school)).map((owner) => [`${owner.scope}|${owner.id}`, owner]),
    ).values(),
  ];
  // Every owner's list asked for at once: the contact loader makes it one batch read.
  const lists = new Map(
    await Promise.all(owners.map(async (owner) => [ownerKey(owner), await store.contacts.of(owner)] as const)),
  );
  const createdAt = now().toISOString();
  return undelivered.map(({ award, school, plan, dueKind, dueOn }) => {
    const existing = recorded.get(plan.reminderId);
    if (existing) return { reminder: existing, schoolName: school.name, isNew: false };
    const reminder: ReminderRecord = {
      id: plan.reminderId,
      awardId: award.id,
      urn: award.urn,
      laCode: school.laCode,
      ...(school.trustUid ? { trustUid: school.trustUid } : {}),
      level: award.level,
      dueKind,
      dueOn,
      daysBefore: plan.daysBefore,
      awardStatus: plan.status,
      plannedOn: today,
      recipients: recipientsOf(
        ownersOf(school).map((owner) => ({ scope: owner.scope, contacts: lists.get(ownerKey(owner)) ?? [] })),
      ),
      status: 'PENDING',
      delivered: {},
      attempts: 1,
      createdAt,
    };
    return { reminder, schoolName: school.name, isNew: true };
  });
}
