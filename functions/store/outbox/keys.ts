// The local outbox: what would have been emailed (local runs only).
import type { ItemKey } from '../dynamo/entity.js';

/** The local outbox (one partition; local runs only). */
export const outboxPartition = 'OUTBOX';
export const outboxKey = (reminderId: string): ItemKey => ({ pk: outboxPartition, sk: reminderId });
