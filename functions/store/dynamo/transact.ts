// One TransactWriteItems, with its cancellation reasons turned into the domain's words.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { backoff } from './backoff.js';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A condition in the transaction failed: another writer changed an item first. */
export class StaleWrite extends Error {
  constructor(readonly failedItems: number[]) {
    super(`Transaction cancelled: condition failed on item(s) ${failedItems.join(', ')}`);
    this.name = 'StaleWrite';
  }
}

/**
 * Runs the transaction. `existsError` names the error for item 0 already existing (a duplicate, not a race),
 * which no retry can mend.
 */
export async function transactWrite(
  client: DynamoDBDocumentClient,
  items: TransactItem[],
  existsError?: () => Error,
): Promise<void> {
  try {
    await client.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : []));
      if (existsError && failed.includes(0)) throw existsError();
      // TransactionConflict (another transaction on the same item) is also a stale read: retry from a fresh read.
      if (failed.length > 0 || reasons.some((reason) => reason.Code === 'TransactionConflict'))
        throw new StaleWrite(failed);
    }
    throw error;
  }
}

const MAX_ATTEMPTS = 10;

/**
 * Runs read-decide-write until the write lands on the state it read. Changes that commute (adding a record)
 * use it so concurrent writers all succeed; when the caller pinned a version, a stale write is reported instead.
 */
export async function withFreshReads<T>(attempt: () => Promise<T>, onExhausted: () => Error): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleWrite)) throw error;
      if (tries >= MAX_ATTEMPTS) throw onExhausted();
      await backoff(tries, 250);
    }
  }
}
