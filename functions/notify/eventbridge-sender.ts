// A `ReassessmentDue` event per reminder, for integrations (CRM, ticketing). Consumers dedupe on detail.reminderId.
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { ReminderMessage, ReminderSender } from './reminder-sender.js';

export const REASSESSMENT_EVENT = { source: 'beacon.reassessment', detailType: 'ReassessmentDue' } as const;

/** The event's detail: the reminder's facts, without recipients' emails (integrations look those up if entitled). */
export function reassessmentDueDetail(message: ReminderMessage) {
  const { reminder } = message;
  return {
    reminderId: reminder.id,
    urn: reminder.urn,
    schoolName: message.schoolName,
    laCode: reminder.laCode,
    trustUid: reminder.trustUid ?? null,
    awardId: reminder.awardId,
    level: reminder.level,
    dueKind: reminder.dueKind,
    dueOn: reminder.dueOn,
    daysBefore: reminder.daysBefore,
    awardStatus: reminder.awardStatus,
    recipientRoles: reminder.recipients.map(({ role, scope }) => ({ role, scope })),
  };
}

export function eventBridgeSender({
  client,
  eventBusName,
}: {
  client: EventBridgeClient;
  eventBusName: string;
}): ReminderSender {
  return {
    channel: 'event',
    async send(message: ReminderMessage) {
      const output = await client.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: eventBusName,
              Source: REASSESSMENT_EVENT.source,
              DetailType: REASSESSMENT_EVENT.detailType,
              Detail: JSON.stringify(reassessmentDueDetail(message)),
            },
          ],
        }),
      );
      // PutEvents reports a rejected entry in its answer, not as an exception.
      const failed = output.Entries?.[0];
      if ((output.FailedEntryCount ?? 0) > 0 || failed?.ErrorCode) {
        throw new Error(
          `EventBridge rejected the event: ${failed?.ErrorCode ?? 'unknown'} ${failed?.ErrorMessage ?? ''}`.trim(),
        );
      }
    },
  };
}
