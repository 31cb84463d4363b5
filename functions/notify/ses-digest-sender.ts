// The digest by SES v2: one message to one subscriber, with a List-Unsubscribe header for mail clients.
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { DigestMessage, DigestSender } from './digest-sender.js';
import type { SesSenderOptions } from './ses-sender.js';

export function sesDigestSender({ client, fromAddress, configurationSetName }: SesSenderOptions): DigestSender {
  return {
    channel: 'email',
    async send(message: DigestMessage) {
      const headers = [
        { Name: 'X-Beacon-Digest-Id', Value: message.id },
        { Name: 'List-Unsubscribe', Value: `<${message.unsubscribeUrl}>` },
      ];
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: fromAddress,
          Destination: { ToAddresses: [message.to] },
          ConfigurationSetName: configurationSetName,
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
              Headers: headers,
            },
          },
        }),
      );
    },
  };
}
