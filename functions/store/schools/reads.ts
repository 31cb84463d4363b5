// The store as the API sees it: request-scoped readers over one client and table.
import {
  agencyEntity,
  allOfKind,
  councilEntity,
  partnershipEntity,
  partnershipsOfAgency,
  schoolEntity,
  schoolLists,
  trustEntity,
} from '../entities/index.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import type {
  LocalAuthorityRecord,
  PartnerAgencyRecord,
  PartnershipRecord,
  SchoolRecord,
  TrustRecord,
} from '../../core/records.js';
import { createLoaders, type Loaders } from '../reference/loaders.js';
import { queryIndexPartition } from '../dynamo/query-all.js';
import type { IndexName } from '../dynamo/table-design.js';

/** Reads for one GraphQL request. List reads prime the school loader so later reads by URN cost nothing. */
export interface RequestStore {
  loaders: Loaders;
  schoolsOfAuthority(code: string): Promise<SchoolRecord[]>;
  schoolsOfTrust(uid: string): Promise<SchoolRecord[]>;
  allOpenSchools(): Promise<SchoolRecord[]>;
  partnershipsOfAgency(agencyId: string): Promise<PartnershipRecord[]>;
  /** Every council, trust or agency, by name (a few thousand items at most). */
  allCouncils(): Promise<LocalAuthorityRecord[]>;
  allTrusts(): Promise<TrustRecord[]>;
  allAgencies(): Promise<PartnerAgencyRecord[]>;
}

export function createRequestStore({ client, tableName }: StoreConfig): RequestStore {
  const loaders = createLoaders(client, tableName);
  const schoolListCache = new Map<string, Promise<SchoolRecord[]>>();

  const schoolsIn = ({ index: indexName, partition }: { index: IndexName; partition: string }) => {
    const cacheKey = `${indexName}|${partition}`;
    let list = schoolListCache.get(cacheKey);
    if (!list) {
      list = queryIndexPartition(client, tableName, indexName, partition).then((items) => {
        const schools = items.map((item) => schoolEntity.of(item));
        for (const school of schools) loaders.school.prime(school.urn, school);
        return schools;
      });
      schoolListCache.set(cacheKey, list);
    }
    return list;
  };

  return {
    loaders,
    schoolsOfAuthority: (code) => schoolsIn(schoolLists.ofAuthority(code)),
    schoolsOfTrust: (uid) => schoolsIn(schoolLists.ofTrust(uid)),
    allOpenSchools: () => schoolsIn(schoolLists.all()),
    allCouncils: async () =>
      (await queryIndexPartition(client, tableName, 'gsi3', allOfKind('LocalAuthority'))).map((item) =>
        councilEntity.of(item),
      ),
    allTrusts: async () =>
      (await queryIndexPartition(client, tableName, 'gsi3', allOfKind('Trust'))).map((item) => trustEntity.of(item)),
    allAgencies: async () =>
      (await queryIndexPartition(client, tableName, 'gsi3', allOfKind('Agency'))).map((item) => agencyEntity.of(item)),
    partnershipsOfAgency: async (agencyId) =>
      (await queryIndexPartition(client, tableName, 'gsi1', partnershipsOfAgency(agencyId))).map((item) =>
        partnershipEntity.of(item),
      ),
  };
}
