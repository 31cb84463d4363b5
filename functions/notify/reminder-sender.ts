// Reminder delivery behind one interface: SES email and EventBridge in the cloud, the outbox locally.
import type { ReminderRecord, ReminderText } from '../core/reminders.js';

/** Everything a channel needs to deliver one reminder. */
export interface ReminderMessage extends ReminderText {
  reminder: ReminderRecord;
  schoolName: string;
}

/**
 * One delivery channel. `send` resolves once the channel has accepted the message and throws when it has not
 * (the job records the failure and retries on its next run). The job calls it at most once per reminder and
 * channel, except after a crash between a delivery and its record: a sender that can (outbox, events) uses
 * `reminder.id` as the idempotency key, so that redelivery is harmless.
 */
export interface ReminderSender {
  /** Stable name, recorded per reminder once delivered: e.g. email, event, outbox. */
  readonly channel: string;
  send(message: ReminderMessage): Promise<void>;
}
