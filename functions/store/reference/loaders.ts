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
} from '../entities/index.js';
import type DataLoader from 'dataloader';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  AwardRecord,
  InspectionRecord,
  LocalAuthorityRecord,
  PartnerAgencyRecord,
  PartnershipRecord,
  SchoolRecord,
  TrustRecord,
} from '../../core/records.js';
import { itemLoader, keyLoader } from '../dynamo/loaders.js';

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
