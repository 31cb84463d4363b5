// One DataLoader per entity per request: every read by key in a request becomes one BatchGetItem.
import {
  agencyEntity,
  agencyKey,
  awardEntity,
  awardKey,
  councilEntity,
  councilKey,
  inspectionEntity,
  inspectionKey,
  partnershipEntity,
  partnershipKey,
  schoolEntity,
  schoolKey,
  trustEntity,
  trustKey,
  urnOfRecordId,
  type ItemKey,
} from './entities/index.js';
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
  recordOf: (item: Record<string, unknown>) => T,
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
      return item ? recordOf(item) : null;
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
    school: itemLoader(client, tableName, schoolKey, schoolEntity.of),
    localAuthority: itemLoader(client, tableName, councilKey, councilEntity.of),
    trust: itemLoader(client, tableName, trustKey, trustEntity.of),
    agency: itemLoader(client, tableName, agencyKey, agencyEntity.of),
    inspection: itemLoader(client, tableName, recordKey(inspectionKey), inspectionEntity.of),
    award: itemLoader(client, tableName, recordKey(awardKey), awardEntity.of),
    partnership: itemLoader(
      client,
      tableName,
      (loaderKey) => {
        const [urn, id] = loaderKey.split('|');
        return urn && id ? partnershipKey(urn, id) : null;
      },
      partnershipEntity.of,
    ),
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
