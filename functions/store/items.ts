// Domain record <-> stored item: adds keys and index attributes on the way in, strips them on the way out.
import { nextDue } from '../core/award-status.js';
import type {
  AwardRecord,
  InspectionRecord,
  LocalAuthorityRecord,
  PartnerAgencyRecord,
  PartnershipRecord,
  SchoolRecord,
  TrustRecord,
} from '../core/records.js';
import type { StoredItem } from './batch-get.js';
import { indexPartitions, keys, partnershipId, schoolSortKey, type ItemKind } from './keys.js';

const STORAGE_ATTRIBUTES = [
  'pk',
  'sk',
  'entity',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'gsi3pk',
  'gsi3sk',
  'gsi4pk',
  'gsi4sk',
];

export function localAuthorityItem(record: LocalAuthorityRecord): StoredItem {
  return {
    ...keys.localAuthority(record.code),
    entity: 'LocalAuthority' satisfies ItemKind,
    gsi3pk: indexPartitions.allOfKind('LocalAuthority'),
    gsi3sk: record.name.toLocaleLowerCase('en-GB'),
    ...record,
  };
}

export function trustItem(record: TrustRecord): StoredItem {
  return {
    ...keys.trust(record.uid),
    entity: 'Trust' satisfies ItemKind,
    gsi3pk: indexPartitions.allOfKind('Trust'),
    gsi3sk: record.name.toLocaleLowerCase('en-GB'),
    ...record,
  };
}

export function agencyItem(record: PartnerAgencyRecord): StoredItem {
  return {
    ...keys.agency(record.id),
    entity: 'Agency' satisfies ItemKind,
    gsi3pk: indexPartitions.allOfKind('Agency'),
    gsi3sk: record.name.toLocaleLowerCase('en-GB'),
    ...record,
  };
}

/** Only open schools are indexed for lists; closed ones (e.g. predecessors) are found by URN. */
export function schoolItem(record: SchoolRecord): StoredItem {
  const sortKey = schoolSortKey(record.name, record.urn);
  const listed = !record.closedOn;
  return {
    ...keys.school(record.urn),
    entity: 'School' satisfies ItemKind,
    ...(listed ? { gsi1pk: indexPartitions.schoolsOfAuthority(record.laCode), gsi1sk: sortKey } : {}),
    ...(listed && record.trustUid ? { gsi2pk: indexPartitions.schoolsOfTrust(record.trustUid), gsi2sk: sortKey } : {}),
    ...(listed ? { gsi3pk: indexPartitions.allOfKind('School'), gsi3sk: sortKey } : {}),
    ...record,
  };
}

export function inspectionItem(record: InspectionRecord): StoredItem {
  return { ...keys.inspection(record.urn, record.id), entity: 'Inspection' satisfies ItemKind, ...record };
}

/** Open awards carry their next due date in the sparse due index; closed ones drop out of it. */
export function awardItem(record: AwardRecord): StoredItem {
  const due = nextDue(record);
  return {
    ...keys.award(record.urn, record.id),
    entity: 'Award' satisfies ItemKind,
    ...(due
      ? { gsi4pk: indexPartitions.awardsDueInMonth(due.dueOn.slice(0, 7)), gsi4sk: `${due.dueOn}#${record.id}` }
      : {}),
    ...record,
  };
}

export function partnershipItem(record: PartnershipRecord): StoredItem {
  return {
    ...keys.partnership(record.urn, partnershipId(record.agencyId, record.since)),
    entity: 'Partnership' satisfies ItemKind,
    gsi1pk: indexPartitions.schoolsOfAgency(record.agencyId),
    gsi1sk: `${record.urn}#${record.since}`,
    ...record,
  };
}

/** The record held in an item. Items are written only through the functions above, so the shape is known. */
export function recordOf<T>(item: Record<string, unknown>): T {
  const record: Record<string, unknown> = { ...item };
  for (const attribute of STORAGE_ATTRIBUTES) delete record[attribute];
  return record as T;
}
