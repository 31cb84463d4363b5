// A school: its own partition holds the school item and its records; open schools are listed by council, by
// trust and among all schools, ordered by name. Closed ones (e.g. predecessors) are found by URN only.
import type { SchoolRecord } from '../../core/records.js';
import { schoolNameKey } from '../../core/school-order.js';
import { allOfKind, defineEntity, type ItemKey, schoolPartition } from '../dynamo/entity.js';

export const schoolKey = (urn: string): ItemKey => ({ pk: schoolPartition(urn), sk: 'SCHOOL' });

/** The lists schools are read from: index and partition. */
export const schoolLists = {
  ofAuthority: (code: string) => ({ index: 'gsi1', partition: `LA#${code}` }) as const,
  ofTrust: (uid: string) => ({ index: 'gsi2', partition: `TRUST#${uid}` }) as const,
  all: () => ({ index: 'gsi3', partition: allOfKind('School') }) as const,
};

export const schoolEntity = defineEntity<SchoolRecord>({
  name: 'School',
  key: (record) => schoolKey(record.urn),
  listings: (record) => {
    if (record.closedOn) return {};
    // The same key as the API's name order (core/school-order.ts), so index pages and in-memory pages agree.
    const sort = schoolNameKey(record);
    return {
      gsi1: { partition: schoolLists.ofAuthority(record.laCode).partition, sort },
      ...(record.trustUid ? { gsi2: { partition: schoolLists.ofTrust(record.trustUid).partition, sort } } : {}),
      gsi3: { partition: schoolLists.all().partition, sort },
    };
  },
});
