// Local delivery of digests: into the outbox beside the reminders (keyed by the digest's id, so a redelivery adds
// nothing) and one console line, as `npm run remind` and npm start's daily job print reminders.
import { openJobStore } from '../store/index.js';
import type { DigestMessage, DigestSender } from './digest-sender.js';
import type { OutboxSenderOptions } from './outbox-sender.js';

export const digestOutboxLine = (message: DigestMessage) => `[outbox] ${message.subject} -> ${message.to}`;

export function outboxDigestSender({
  store,
  print = console.log,
  now = () => new Date(),
}: OutboxSenderOptions): DigestSender {
  const { outbox } = openJobStore(store);
  return {
    channel: 'outbox',
    async send(message: DigestMessage) {
      const at = now().toISOString();
      const fresh = await outbox.put({
        reminderId: message.id,
        to: [message.to],
        subject: message.subject,
        text: message.text,
        at,
      });
      if (fresh) print(digestOutboxLine(message));
    },
  };
}
