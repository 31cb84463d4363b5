// The store as the API sees it: request-scoped readers over one client and table.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PartnershipRecord, SchoolRecord } from '../core/records.js';
import type { StoredItem } from './batch-get.js';
import { batchPutAll } from './batch-write.js';
import { recordOf } from './items.js';
import { indexPartitions } from './keys.js';
import { createLoaders, type Loaders } from './loaders.js';
import { queryIndexPartition } from './query-all.js';
import type { IndexName } from './table-design.js';

export interface StoreConfig {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** Reads for one GraphQL request. List reads prime the school loader so later reads by URN cost nothing. */
export interface RequestStore {
  loaders: Loaders;
  schoolsOfAuthority(code: string): Promise<SchoolRecord[]>;
  schoolsOfTrust(uid: string): Promise<SchoolRecord[]>;
  allOpenSchools(): Promise<SchoolRecord[]>;
  partnershipsOfAgency(agencyId: string): Promise<PartnershipRecord[]>;
}

export function createRequestStore({ client, tableName }: StoreConfig): RequestStore {
  const loaders = createLoaders(client, tableName);
  const schoolLists = new Map<string, Promise<SchoolRecord[]>>();

  const schoolsIn = (indexName: IndexName, partition: string) => {
    const cacheKey = `${indexName}|${partition}`;
    let list = schoolLists.get(cacheKey);
    if (!list) {
      list = queryIndexPartition(client, tableName, indexName, partition).then((items) => {
        const schools = items.map((item) => recordOf<SchoolRecord>(item));
        for (const school of schools) loaders.school.prime(school.urn, school);
        return schools;
      });
      schoolLists.set(cacheKey, list);
    }
    return list;
  };

  return {
    loaders,
    schoolsOfAuthority: (code) => schoolsIn('gsi1', indexPartitions.schoolsOfAuthority(code)),
    schoolsOfTrust: (uid) => schoolsIn('gsi2', indexPartitions.schoolsOfTrust(uid)),
    allOpenSchools: () => schoolsIn('gsi3', indexPartitions.allOfKind('School')),
    partnershipsOfAgency: async (agencyId) =>
      (await queryIndexPartition(client, tableName, 'gsi1', indexPartitions.schoolsOfAgency(agencyId))).map((item) =>
        recordOf<PartnershipRecord>(item),
      ),
  };
}

/** Bulk writes for imports and seeding: items are written whole, with unprocessed items retried. */
export function putItems({ client, tableName }: StoreConfig, items: readonly StoredItem[]): Promise<void> {
  return batchPutAll(client, tableName, items);
}
