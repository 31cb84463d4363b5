// Email through SES v2: one message per reminder to all its recipients (at most 45: see MAX_CONTACTS_PER_OWNER).
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { ReminderMessage, ReminderSender } from './reminder-sender.js';

export interface SesSenderOptions {
  client: SESv2Client;
  fromAddress: string;
  /** SES configuration set for delivery and bounce events, when the account uses one. */
  configurationSetName?: string;
}

/** One plain-text e-mail through SES v2 (reminders and digests alike). */
export function sendSesEmail(
  { client, fromAddress, configurationSetName }: SesSenderOptions,
  email: { to: string[]; subject: string; text: string; headers: { Name: string; Value: string }[] },
) {
  return client.send(
    new SendEmailCommand({
      FromEmailAddress: fromAddress,
      Destination: { ToAddresses: email.to },
      ConfigurationSetName: configurationSetName,
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: email.text, Charset: 'UTF-8' } },
          Headers: email.headers,
        },
      },
    }),
  );
}

export function sesSender(options: SesSenderOptions): ReminderSender {
  return {
    channel: 'email',
    async send(message: ReminderMessage) {
      const to = message.reminder.recipients.map((recipient) => recipient.email);
      // No contacts yet: nothing to email. The reminder still stands in Beacon and on the event bus.
      if (to.length === 0) return;
      await sendSesEmail(options, {
        to,
        subject: message.subject,
        text: message.text,
        // Lets a mail system (or a person) tell a redelivered reminder from a new one.
        headers: [{ Name: 'X-Beacon-Reminder-Id', Value: message.reminder.id }],
      });
    },
  };
}
