// The cloud senders build the right command inputs. A stand-in answers at the very start of each client's
// middleware stack, so what is checked is the input each sender gives the SDK; serialisation, signing and the
// network do not run here.
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { type ReminderRecord, reminderText } from '../../functions/core/reminders.js';
import { eventBridgeSender } from '../../functions/notify/eventbridge-sender.js';
import type { ReminderMessage } from '../../functions/notify/reminder-sender.js';
import { sesSender } from '../../functions/notify/ses-sender.js';

const clientConfig = { region: 'eu-west-2', credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' } };

type Transport = (input: unknown) => Record<string, unknown>;

/** Installs a stand-in for the whole SDK stack: it remembers each command input and answers with `output`. */
function stubTransport(stack: { add: (...args: never[]) => void }, output: Record<string, unknown>): unknown[] {
  const inputs: unknown[] = [];
  const answer: Transport = (input) => {
    inputs.push(input);
    return { output: { $metadata: {}, ...output }, response: {} };
  };
  const add = stack.add as unknown as (
    middleware: () => (args: { input: unknown }) => Promise<unknown>,
    options: object,
  ) => void;
  add.call(stack, () => async (args) => answer(args.input), {
    step: 'initialize',
    name: 'unitTransport',
    priority: 'high',
  });
  return inputs;
}

function answering(client: SESv2Client | EventBridgeClient, output: Record<string, unknown>): unknown[] {
  return stubTransport(client.middlewareStack as unknown as { add: (...args: never[]) => void }, output);
}

const reminder: ReminderRecord = {
  id: 'A-140412-20231215-3f9a1c#2026-12-15#30',
  awardId: 'A-140412-20231215-3f9a1c',
  urn: '140412',
  laCode: '340',
  trustUid: '2864',
  level: 'CENTRE_OF_EXCELLENCE',
  dueKind: 'ANNUAL_REVIEW',
  dueOn: '2026-12-15',
  daysBefore: 30,
  awardStatus: 'DUE_SOON',
  plannedOn: '2026-11-15',
  recipients: [
    { email: 'senco@lordderby.example', role: 'SENCO', scope: 'SCHOOL' },
    { email: 'send@knowsley.example', role: 'COUNCIL_SEND_OFFICER', scope: 'LOCAL_AUTHORITY' },
  ],
  status: 'PENDING',
  delivered: {},
  attempts: 1,
  createdAt: '2026-11-15T06:00:00.000Z',
};
const message: ReminderMessage = {
  reminder,
  schoolName: 'Lord Derby Academy',
  ...reminderText(reminder, 'Lord Derby Academy'),
};

describe('the SES email sender', () => {
  it('sends one message to every recipient, from the configured address, tagged with the reminder id', async () => {
    const client = new SESv2Client(clientConfig);
    const inputs = answering(client, { MessageId: 'm-1' });
    await sesSender({ client, fromAddress: 'reminders@beacon.example.org' }).send(message);
    expect(inputs).toEqual([
      expect.objectContaining({
        FromEmailAddress: 'reminders@beacon.example.org',
        Destination: { ToAddresses: ['senco@lordderby.example', 'send@knowsley.example'] },
        Content: {
          Simple: expect.objectContaining({
            Subject: { Data: message.subject, Charset: 'UTF-8' },
            Headers: [{ Name: 'X-Beacon-Reminder-Id', Value: reminder.id }],
          }),
        },
      }),
    ]);
  });

  it('sends nothing when the school, trust and council have no contacts yet', async () => {
    const client = new SESv2Client(clientConfig);
    const inputs = answering(client, {});
    await sesSender({ client, fromAddress: 'reminders@beacon.example.org' }).send({
      ...message,
      reminder: { ...reminder, recipients: [] },
    });
    expect(inputs).toEqual([]);
  });
});

describe('the EventBridge sender', () => {
  it('puts one ReassessmentDue event whose detail carries the reminder id but no email addresses', async () => {
    const client = new EventBridgeClient(clientConfig);
    const inputs = answering(client, { FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
    await eventBridgeSender({ client, eventBusName: 'beacon-dev' }).send(message);
    const entry = (
      inputs[0] as { Entries: { EventBusName: string; Source: string; DetailType: string; Detail: string }[] }
    ).Entries[0]!;
    expect(entry).toMatchObject({
      EventBusName: 'beacon-dev',
      Source: 'beacon.reassessment',
      DetailType: 'ReassessmentDue',
    });
    const detail = JSON.parse(entry.Detail) as Record<string, unknown>;
    expect(detail).toMatchObject({
      reminderId: reminder.id,
      urn: '140412',
      dueOn: '2026-12-15',
      daysBefore: 30,
      trustUid: '2864',
    });
    expect(entry.Detail).not.toContain('@');
  });

  it('fails when EventBridge rejects the entry, so the job records the failure and retries', async () => {
    const client = new EventBridgeClient(clientConfig);
    answering(client, { FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }] });
    await expect(eventBridgeSender({ client, eventBusName: 'beacon-dev' }).send(message)).rejects.toThrow(
      /InternalFailure try again/,
    );
  });
});
