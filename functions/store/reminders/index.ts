// Reminders: keys and lists, the job's reads and claimed writes, pages of a scope's reminders, acknowledgement.
export { acknowledgeReminder } from './acknowledge.js';
export { reminderEntity } from './keys.js';
export { type ReminderPage, reminderPage } from './page.js';
export { readReminders } from './reads.js';
export { type Claim, claimReminder, markDelivered, markFailed, recordReminder } from './writes.js';
