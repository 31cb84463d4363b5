// The seed marker: one item written after a seed completes, so "is this table seeded?" is a single GetItem
// and a seed interrupted half-way is redone on the next start rather than taken for finished.

import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreConfig } from '../dynamo/store-config.js';
import { seedMarkerKey } from './keys.js';

export interface SeedMarkerInfo {
  /** ISO timestamp of the completed seed. */
  seededAt: string;
  laCodes: string[];
  /** Items written by the seed, the marker excluded. */
  items: number;
}

export async function readSeedMarker({ client, tableName }: StoreConfig): Promise<SeedMarkerInfo | null> {
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: seedMarkerKey, ConsistentRead: true }),
  );
  if (!Item) return null;
  const laCodes = Array.isArray(Item.laCodes) ? Item.laCodes.map(String) : [];
  return { seededAt: String(Item.seededAt), laCodes, items: Number(Item.items) };
}

export async function writeSeedMarker({ client, tableName }: StoreConfig, info: SeedMarkerInfo): Promise<void> {
  const item = { ...seedMarkerKey, entity: 'SeedMarker', ...info };
  await client.send(new PutCommand({ TableName: tableName, Item: item }));
}
