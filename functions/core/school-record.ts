// A school record as first written: no records of its own yet, an empty summary, version 1.
import type { SchoolRecord } from './records.js';

export type NewSchoolFields = Pick<SchoolRecord, 'urn' | 'name' | 'laCode'> & Partial<SchoolRecord>;

export function newSchoolRecord(fields: NewSchoolFields): SchoolRecord {
  return {
    predecessors: [],
    successors: [],
    inspectionIds: [],
    awardIds: [],
    partnershipIds: [],
    summary: {},
    provenance: 'REAL',
    version: 1,
    ...fields,
  };
}
