// The local outbox of reminder emails.
export { putOutboxMessage, readOutbox, type OutboxMessage } from './outbox.js';
