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
import { batchGetAll, lookup } from './dynamo/batch-get.js';

export interface Loaders {
  /** Any item by key; every loader below reads through it, so reads in the same tick share a BatchGetItem. */
  item: (key: ItemKey) => Promise<Record<string, unknown> | null>;
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

/**
 * Every entity's loader reads through one loader of item keys, so reads by key of any entities asked for in the same
 * tick (a page's schools and their trusts) go out as one BatchGetItem.
 */
function keyLoader(client: DynamoDBDocumentClient, tableName: string) {
  const keyText = (key: ItemKey) => JSON.stringify([key.pk, key.sk]);
  const loader = new DataLoader<string, Record<string, unknown> | null>(
    async (texts) => {
      const keys = texts.map((text) => {
        const [pk, sk] = JSON.parse(text) as [string, string];
        return { pk, sk };
      });
      const found = await batchGetAll(client, tableName, keys);
      return keys.map((key) => lookup(found, key) ?? null);
    },
    { maxBatchSize: 100 },
  );
  return (key: ItemKey) => loader.load(keyText(key));
}

function itemLoader<T>(
  load: (key: ItemKey) => Promise<Record<string, unknown> | null>,
  keyOf: (id: string) => ItemKey | null,
  recordOf: (item: Record<string, unknown>) => T,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>((ids) =>
    Promise.all(
      ids.map(async (id) => {
        const key = keyOf(id);
        const item = key ? await load(key) : null;
        return item ? recordOf(item) : null;
      }),
    ),
  );
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
  const load = keyLoader(client, tableName);
  return {
    item: load,
    school: itemLoader(load, schoolKey, schoolEntity.of),
    localAuthority: itemLoader(load, councilKey, councilEntity.of),
    trust: itemLoader(load, trustKey, trustEntity.of),
    agency: itemLoader(load, agencyKey, agencyEntity.of),
    inspection: itemLoader(load, recordKey(inspectionKey), inspectionEntity.of),
    award: itemLoader(load, recordKey(awardKey), awardEntity.of),
    partnership: itemLoader(
      load,
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
