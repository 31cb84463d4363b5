// The scheduled job's, the importer's and the seed's operations have openers of their own, so the API's bundle
// leaves out what only they use.
import * as awards from '../awards/index.js';
import * as contacts from '../contacts/index.js';
import { bind, type StoreConfig } from '../dynamo/index.js';
import * as events from '../events/index.js';
import * as outbox from '../outbox/index.js';
import * as reminders from '../reminders/index.js';
import * as subscriptions from '../subscriptions/index.js';

/** The daily reassessment job: awards due, reminders recorded and claimed once, the local outbox. */
export function openJobStore(config: StoreConfig) {
  const contactLoader = contacts.createContactLoader(config);
  return {
    reminders: {
      dueAwards: bind(config, awards.queryDueAwards),
      dueState: bind(config, awards.readDueState),
      read: bind(config, reminders.readReminders),
      record: bind(config, reminders.recordReminder),
      claim: bind(config, reminders.claimReminder),
      markDelivered: bind(config, reminders.markDelivered),
      markFailed: bind(config, reminders.markFailed),
      flagStatus: bind(config, awards.flagAwardStatus),
    },
    contacts: { of: (owner: Parameters<typeof contactLoader.load>[0]) => contactLoader.load(owner) },
    /** The weekly digest: live subscriptions (one Query), a week's marks (one Query), claims as the reminders'. */
    digests: {
      subscriptions: bind(config, subscriptions.liveSubscriptions),
      marks: bind(config, subscriptions.weekMarks),
      record: bind(config, subscriptions.recordMark),
      claim: bind(config, subscriptions.claimMark),
      markDelivered: bind(config, subscriptions.markDigestDelivered),
      markFailed: bind(config, subscriptions.markDigestFailed),
    },
    changes: { page: bind(config, events.changePage), learned: bind(config, events.learnedChanges) },
    outbox: { put: bind(config, outbox.putOutboxMessage), read: bind(config, outbox.readOutbox) },
  };
}

export type JobStore = ReturnType<typeof openJobStore>;
