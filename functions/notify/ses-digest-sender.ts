// The digest by SES v2: one message to one subscriber, with a List-Unsubscribe header for mail clients.
import type { DigestMessage, DigestSender } from './digest-sender.js';
import { type SesSenderOptions, sendSesEmail } from './ses-sender.js';

export function sesDigestSender(options: SesSenderOptions): DigestSender {
  return {
    channel: 'email',
    async send(message: DigestMessage) {
      await sendSesEmail(options, {
        to: [message.to],
        subject: message.subject,
        text: message.text,
        headers: [
          { Name: 'X-Beacon-Digest-Id', Value: message.id },
          { Name: 'List-Unsubscribe', Value: `<${message.unsubscribeUrl}>` },
        ],
      });
    },
  };
}
