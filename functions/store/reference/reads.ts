// Councils, trusts and agencies read: which of some codes Beacon holds (imports), and every one by name.

import { batchGetAll } from '../dynamo/batch-get.js';
import { allOfKind, type Entity } from '../dynamo/entity.js';
import { type ItemLoad, itemLoader } from '../dynamo/loaders.js';
import { queryIndexPartition } from '../dynamo/query-all.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { agencyEntity, agencyKey, localAuthorityEntity, localAuthorityKey, trustEntity, trustKey } from './keys.js';

/** A request's loaders of councils (by LA code), trusts (by group UID) and agencies (by id). */
export const referenceLoaders = (load: ItemLoad) => ({
  localAuthority: itemLoader(load, localAuthorityKey, localAuthorityEntity.of),
  trust: itemLoader(load, trustKey, trustEntity.of),
  agency: itemLoader(load, agencyKey, agencyEntity.of),
});

/** Every item of one kind, by name (a few thousand items at most). */
const allOf =
  <R>(entity: Entity<R>) =>
  async ({ client, tableName }: StoreConfig): Promise<R[]> =>
    (await queryIndexPartition(client, tableName, 'gsi3', allOfKind(entity.name))).map((item) => entity.of(item));

// Pure: a bundle that reads no list leaves these out.
export const allLocalAuthorities = /* @__PURE__ */ allOf(localAuthorityEntity);
export const allTrusts = /* @__PURE__ */ allOf(trustEntity);
export const allAgencies = /* @__PURE__ */ allOf(agencyEntity);

/** The codes among `codes` that name a council Beacon holds. */
export async function heldLocalAuthorities(config: StoreConfig, codes: Iterable<string>): Promise<Set<string>> {
  const found = await batchGetAll(config.client, config.tableName, [...new Set(codes)].map(localAuthorityKey));
  return new Set([...found.values()].map((item) => String(item.code)));
}

/** The UIDs among `uids` that name a trust Beacon holds. */
export async function heldTrusts(config: StoreConfig, uids: Iterable<string>): Promise<Set<string>> {
  const found = await batchGetAll(config.client, config.tableName, [...new Set(uids)].map(trustKey));
  return new Set([...found.values()].map((item) => String(item.uid)));
}
