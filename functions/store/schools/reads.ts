// A request's reads of schools: by URN through the request's key loader, and whole lists (a council's, a trust's,
// England's open schools), each read once per request and priming the loader so later reads by URN cost nothing.
import type { SchoolRecord } from '../../core/records.js';
import { type ItemLoad, itemLoader } from '../dynamo/loaders.js';
import { queryIndexPartition } from '../dynamo/query-all.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import type { IndexName } from '../dynamo/table-design.js';
import { schoolEntity, schoolKey, schoolLists } from './keys.js';

export function createSchoolReads({ client, tableName }: StoreConfig, load: ItemLoad) {
  const loader = itemLoader(load, schoolKey, schoolEntity.of);
  const schoolListCache = new Map<string, Promise<SchoolRecord[]>>();

  const schoolsIn = ({ index: indexName, partition }: { index: IndexName; partition: string }) => {
    const cacheKey = `${indexName}|${partition}`;
    let list = schoolListCache.get(cacheKey);
    if (!list) {
      list = queryIndexPartition(client, tableName, indexName, partition).then((items) => {
        const schools = items.map((item) => schoolEntity.of(item));
        for (const school of schools) loader.prime(school.urn, school);
        return schools;
      });
      schoolListCache.set(cacheKey, list);
    }
    return list;
  };

  return {
    loader,
    ofAuthority: (code: string) => schoolsIn(schoolLists.ofAuthority(code)),
    ofTrust: (uid: string) => schoolsIn(schoolLists.ofTrust(uid)),
    all: () => schoolsIn(schoolLists.all()),
  };
}
