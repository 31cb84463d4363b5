// Local delivery: the message goes into the outbox (DynamoDB, idempotent by reminder id) and one console line.
import { openJobStore, type StoreConfig } from '../store/index.js';
import type { ReminderMessage, ReminderSender } from './reminder-sender.js';

export interface OutboxSenderOptions {
  store: StoreConfig;
  /** Where the console line goes; defaults to console.log. */
  print?: (line: string) => void;
  now?: () => Date;
}

export function outboxLine(message: ReminderMessage): string {
  const to = message.reminder.recipients.map((recipient) => recipient.email);
  return `[outbox] ${message.subject} -> ${to.length ? to.join(', ') : '(no contacts yet)'}`;
}

export function outboxSender({
  store,
  print = console.log,
  now = () => new Date(),
}: OutboxSenderOptions): ReminderSender {
  const { outbox } = openJobStore(store);
  return {
    channel: 'outbox',
    async send(message: ReminderMessage) {
      const fresh = await outbox.put({
        reminderId: message.reminder.id,
        to: message.reminder.recipients.map((recipient) => recipient.email),
        subject: message.subject,
        text: message.text,
        at: now().toISOString(),
      });
      if (fresh) print(outboxLine(message));
    },
  };
}
