// Delivers one reminder: record (or claim) it first, then each channel not yet delivered, noting each delivery.
import { type ReminderRecord, reminderText } from '../core/reminders.js';
import type { ReminderMessage, ReminderSender } from '../notify/reminder-sender.js';
import type { Claim, JobStore } from '../store/index.js';

/**
 * How long a run may hold a reminder it is delivering. Senders time out well within it; a run that crashed
 * mid-delivery releases its reminder when the claim runs out, and the next run retries it.
 */
export const CLAIM_SECONDS = 120;

export interface DeliveryContext {
  store: JobStore;
  senders: readonly ReminderSender[];
  runId: string;
  now: () => Date;
}

export type Delivery =
  | { outcome: 'sent'; message: ReminderMessage }
  | { outcome: 'failed'; message: ReminderMessage; error: string }
  /** Recorded or claimed by another run at the same moment, or already delivered: not this run's to send. */
  | { outcome: 'skipped'; reminderId: string };

export interface DeliveryTask {
  reminder: ReminderRecord;
  schoolName: string;
  /** True: record it now (conditional put). False: it is recorded and undelivered; claim it for a retry. */
  isNew: boolean;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export async function deliverReminder(context: DeliveryContext, task: DeliveryTask): Promise<Delivery> {
  const { store, senders, runId, now } = context;
  const { reminder } = task;
  const started = now();
  const claim: Claim = { by: runId, until: new Date(started.getTime() + CLAIM_SECONDS * 1000).toISOString() };
  const owned = task.isNew
    ? await store.reminders.record(reminder, claim)
    : await store.reminders.claim(reminder, claim, started.toISOString());
  if (!owned) return { outcome: 'skipped', reminderId: reminder.id };

  const message: ReminderMessage = {
    reminder,
    schoolName: task.schoolName,
    ...reminderText(reminder, task.schoolName),
  };
  const result = await deliverOnChannels(senders, reminder.delivered, message, {
    delivered: (channel, complete) =>
      store.reminders.markDelivered(reminder, { channel, at: now().toISOString(), complete }, claim),
    failed: (error) => store.reminders.markFailed(reminder, error, claim),
  });
  if (result.outcome === 'lost') return { outcome: 'skipped', reminderId: reminder.id };
  return result.outcome === 'failed'
    ? { outcome: 'failed', message, error: result.error }
    : { outcome: 'sent', message };
}

/** What a delivery notes as it goes: each channel's acceptance (the last one completes it), or the failure. */
export interface DeliveryMarks {
  delivered(channel: string, complete: boolean): Promise<boolean>;
  failed(error: string): Promise<unknown>;
}

/**
 * Sends a message (a reminder, a digest) on each channel that does not have it yet, noting each under the run's
 * claim; 'lost' when the claim ran out mid-delivery and another run took over (it finishes, and may resend).
 */
export async function deliverOnChannels<M>(
  senders: readonly { channel: string; send(message: M): Promise<void> }[],
  delivered: Readonly<Record<string, unknown>>,
  message: M,
  marks: DeliveryMarks,
): Promise<{ outcome: 'sent' } | { outcome: 'failed'; error: string } | { outcome: 'lost' }> {
  const pending = senders.filter((sender) => !delivered[sender.channel]);
  // Every configured channel already has it (a channel was dropped since): only the SENT mark is missing.
  const steps = pending.length > 0 ? pending : senders.slice(-1);
  for (const [index, sender] of steps.entries()) {
    if (pending.length > 0) {
      try {
        await sender.send(message);
      } catch (error) {
        const text = `${sender.channel}: ${errorText(error)}`;
        await marks.failed(text);
        return { outcome: 'failed', error: text };
      }
    }
    if (!(await marks.delivered(sender.channel, index === steps.length - 1))) return { outcome: 'lost' };
  }
  return { outcome: 'sent' };
}
