// A request's reads of partnerships: by school and id through the request's key loader, and an agency's all.
import type { PartnershipRecord } from '../../core/records.js';
import { type ItemLoad, itemLoader } from '../dynamo/loaders.js';
import { queryIndexPartition } from '../dynamo/query-all.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { partnershipEntity, partnershipKey, partnershipsOfAgency } from './keys.js';

export function partnershipLoaderKey(urn: string, partnershipId: string): string {
  return `${urn}|${partnershipId}`;
}

/** Keyed by `${urn}|${partnershipId}`. */
export const partnershipLoader = (load: ItemLoad) =>
  itemLoader(
    load,
    (loaderKey) => {
      const [urn, id] = loaderKey.split('|');
      return urn && id ? partnershipKey(urn, id) : null;
    },
    partnershipEntity.of,
  );

export const readPartnershipsOfAgency = async (
  { client, tableName }: StoreConfig,
  agencyId: string,
): Promise<PartnershipRecord[]> =>
  (await queryIndexPartition(client, tableName, 'gsi1', partnershipsOfAgency(agencyId))).map((item) =>
    partnershipEntity.of(item),
  );
