// One DataLoader per entity per request: every read by key in a request becomes one BatchGetItem.
import DataLoader from 'dataloader';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  AwardRecord,
  InspectionRecord,
  LocalAuthorityRecord,
  PartnerAgencyRecord,
  PartnershipRecord,
  SchoolRecord,
  TrustRecord,
} from '../core/records.js';
import { batchGetAll, lookup } from './batch-get.js';
import { recordOf } from './items.js';
import { keys, urnOfRecordId, type ItemKey } from './keys.js';

export interface Loaders {
  school: DataLoader<string, SchoolRecord | null>;
  localAuthority: DataLoader<string, LocalAuthorityRecord | null>;
  trust: DataLoader<string, TrustRecord | null>;
  agency: DataLoader<string, PartnerAgencyRecord | null>;
  /** Keyed by record id (the id carries the URN). */
  inspection: DataLoader<string, InspectionRecord | null>;
  award: DataLoader<string, AwardRecord | null>;
  /** Keyed by `${urn}|${partnershipId}`. */
  partnership: DataLoader<string, PartnershipRecord | null>;
}

function itemLoader<T>(
  client: DynamoDBDocumentClient,
  tableName: string,
  keyOf: (id: string) => ItemKey | null,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const itemKeys = ids.map(keyOf);
    const found = await batchGetAll(
      client,
      tableName,
      itemKeys.filter((key): key is ItemKey => key !== null),
    );
    return itemKeys.map((key) => {
      const item = key ? lookup(found, key) : undefined;
      return item ? recordOf<T>(item) : null;
    });
  });
}

function recordKey(build: (urn: string, id: string) => ItemKey) {
  return (id: string) => {
    const urn = urnOfRecordId(id);
    return urn ? build(urn, id) : null;
  };
}

export function partnershipLoaderKey(urn: string, partnershipId: string): string {
  return `${urn}|${partnershipId}`;
}

export function createLoaders(client: DynamoDBDocumentClient, tableName: string): Loaders {
  return {
    school: itemLoader(client, tableName, keys.school),
    localAuthority: itemLoader(client, tableName, keys.localAuthority),
    trust: itemLoader(client, tableName, keys.trust),
    agency: itemLoader(client, tableName, keys.agency),
    inspection: itemLoader(client, tableName, recordKey(keys.inspection)),
    award: itemLoader(client, tableName, recordKey(keys.award)),
    partnership: itemLoader(client, tableName, (loaderKey) => {
      const [urn, id] = loaderKey.split('|');
      return urn && id ? keys.partnership(urn, id) : null;
    }),
  };
}

/** Loads many keys, rethrowing a failed read and leaving out records that do not exist. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const results = await loader.loadMany(ids);
  const records: T[] = [];
  for (const result of results) {
    if (result instanceof Error) throw result;
    if (result !== null) records.push(result);
  }
  return records;
}
