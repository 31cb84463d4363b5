// Councils, trusts and agencies read: which of some codes Beacon holds (imports), and every one by name.
import type { LocalAuthorityRecord, PartnerAgencyRecord, TrustRecord } from '../../core/records.js';
import { allOfKind } from '../dynamo/entity.js';
import { batchGetAll } from '../dynamo/batch-get.js';
import { itemLoader, type ItemLoad } from '../dynamo/loaders.js';
import { queryIndexPartition } from '../dynamo/query-all.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { agencyEntity, agencyKey, councilEntity, councilKey, trustEntity, trustKey } from './keys.js';

/** A request's loaders of councils (by LA code), trusts (by group UID) and agencies (by id). */
export const referenceLoaders = (load: ItemLoad) => ({
  localAuthority: itemLoader(load, councilKey, councilEntity.of),
  trust: itemLoader(load, trustKey, trustEntity.of),
  agency: itemLoader(load, agencyKey, agencyEntity.of),
});

/** Every council, trust or agency, by name (a few thousand items at most). */
export const allCouncils = async ({ client, tableName }: StoreConfig): Promise<LocalAuthorityRecord[]> =>
  (await queryIndexPartition(client, tableName, 'gsi3', allOfKind('LocalAuthority'))).map((item) =>
    councilEntity.of(item),
  );
export const allTrusts = async ({ client, tableName }: StoreConfig): Promise<TrustRecord[]> =>
  (await queryIndexPartition(client, tableName, 'gsi3', allOfKind('Trust'))).map((item) => trustEntity.of(item));
export const allAgencies = async ({ client, tableName }: StoreConfig): Promise<PartnerAgencyRecord[]> =>
  (await queryIndexPartition(client, tableName, 'gsi3', allOfKind('Agency'))).map((item) => agencyEntity.of(item));

/** The codes among `codes` that name a council Beacon holds. */
export async function heldLocalAuthorities(config: StoreConfig, codes: Iterable<string>): Promise<Set<string>> {
  const found = await batchGetAll(config.client, config.tableName, [...new Set(codes)].map(councilKey));
  return new Set([...found.values()].map((item) => String(item.code)));
}

/** The UIDs among `uids` that name a trust Beacon holds. */
export async function heldTrusts(config: StoreConfig, uids: Iterable<string>): Promise<Set<string>> {
  const found = await batchGetAll(config.client, config.tableName, [...new Set(uids)].map(trustKey));
  return new Set([...found.values()].map((item) => String(item.uid)));
}
