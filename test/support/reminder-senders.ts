// Senders for tests: they remember what they delivered, and can be told to fail.
import type { DigestMessage, DigestSender } from '../../functions/notify/digest-sender.js';
import type { ReminderMessage, ReminderSender } from '../../functions/notify/reminder-sender.js';

export interface RecordingSender extends ReminderSender {
  /** Reminder ids in delivery order (a redelivery appears twice). */
  delivered: string[];
  messages: ReminderMessage[];
}

export function recordingSender(
  channel = 'test',
  options: {
    failWhen?: (message: ReminderMessage, attempt: number) => boolean;
    afterSend?: (count: number) => void;
  } = {},
): RecordingSender {
  const attempts = new Map<string, number>();
  const sender: RecordingSender = {
    channel,
    delivered: [],
    messages: [],
    async send(message) {
      const attempt = (attempts.get(message.reminder.id) ?? 0) + 1;
      attempts.set(message.reminder.id, attempt);
      if (options.failWhen?.(message, attempt)) throw new Error(`simulated ${channel} outage`);
      sender.delivered.push(message.reminder.id);
      sender.messages.push(message);
      options.afterSend?.(sender.delivered.length);
    },
  };
  return sender;
}

export interface RecordingDigestSender extends DigestSender {
  /** Digest ids in delivery order (a redelivery appears twice). */
  delivered: string[];
  messages: DigestMessage[];
}

/** A digest channel for tests: remembers what it delivered, and fails when told to. */
export function recordingDigestSender(
  channel = 'test',
  failWhen: (message: DigestMessage, attempt: number) => boolean = () => false,
): RecordingDigestSender {
  const attempts = new Map<string, number>();
  const sender: RecordingDigestSender = {
    channel,
    delivered: [],
    messages: [],
    async send(message) {
      const attempt = (attempts.get(message.id) ?? 0) + 1;
      attempts.set(message.id, attempt);
      if (failWhen(message, attempt)) throw new Error(`simulated ${channel} outage`);
      sender.delivered.push(message.id);
      sender.messages.push(message);
    },
  };
  return sender;
}
