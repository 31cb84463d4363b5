// Reminders: keys and lists, the job's reads and claimed writes, pages of a scope's reminders, acknowledgement.
export { acknowledgeReminder } from './acknowledge.js';
export { reminderEntity } from './keys.js';
export { reminderPage, type ReminderPage } from './page.js';
export { readReminders } from './reads.js';
export { claimReminder, markDelivered, markFailed, recordReminder, type Claim } from './writes.js';
