// The local outbox: what would have been emailed, one item per reminder id, so a redelivery adds nothing.

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EntityName } from '../dynamo/entity.js';
import { queryPages } from '../dynamo/query-pages.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { outboxKey, outboxPartition } from './keys.js';

export interface OutboxMessage {
  reminderId: string;
  to: string[];
  subject: string;
  text: string;
  at: string;
}

/** Stores the message unless one for this reminder is there already; true when it was new. */
export async function putOutboxMessage({ client, tableName }: StoreConfig, message: OutboxMessage): Promise<boolean> {
  try {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...outboxKey(message.reminderId), entity: 'Outbox' satisfies EntityName, ...message },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Every message in the outbox, in reminder-id order. */
export async function readOutbox({ client, tableName }: StoreConfig): Promise<OutboxMessage[]> {
  const items = await queryPages(client, {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': outboxPartition },
    ConsistentRead: true,
  });
  const messages = items.map((item) => ({
    reminderId: String(item.reminderId),
    to: (item.to ?? []) as string[],
    subject: String(item.subject),
    text: String(item.text),
    at: String(item.at),
  }));
  return messages;
}
