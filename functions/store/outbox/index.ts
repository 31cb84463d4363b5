// The local outbox of reminder emails.
export { type OutboxMessage, putOutboxMessage, readOutbox } from './outbox.js';
