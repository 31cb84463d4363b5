// A school's own records, under its partition: inspections, awards (open ones also in the due index by month)
// and partnerships (also listed under their agency).
import { nextDue } from '../../core/award-status.js';
import type { AwardRecord, InspectionRecord, PartnershipRecord } from '../../core/records.js';
import { defineEntity, type ItemKey } from '../dynamo/entity.js';
import { schoolPartition } from '../schools/keys.js';

export const inspectionKey = (urn: string, id: string): ItemKey => ({
  pk: schoolPartition(urn),
  sk: `INSPECTION#${id}`,
});
export const awardKey = (urn: string, id: string): ItemKey => ({ pk: schoolPartition(urn), sk: `AWARD#${id}` });
export const partnershipKey = (urn: string, id: string): ItemKey => ({ pk: schoolPartition(urn), sk: `PARTNER#${id}` });

export const partnershipId = (agencyId: string, since: string) => `${agencyId}#${since}`;

/** Open awards due in a month (gsi4), e.g. DUE#2026-12, sorted by `dueOn#awardId`. */
export const awardsDueInMonth = (yearMonth: string) => `DUE#${yearMonth}`;
/** A partner agency's partnerships (gsi1), sorted by `urn#since`. */
export const partnershipsOfAgency = (agencyId: string) => `AGENCY#${agencyId}`;

export const inspectionEntity = defineEntity<InspectionRecord>({
  name: 'Inspection',
  key: (record) => inspectionKey(record.urn, record.id),
});

export const awardEntity = defineEntity<AwardRecord>({
  name: 'Award',
  key: (record) => awardKey(record.urn, record.id),
  // Closed awards drop out of the due index: the daily job reads only what can fall due.
  listings: (record) => {
    const due = nextDue(record);
    return due
      ? { gsi4: { partition: awardsDueInMonth(due.dueOn.slice(0, 7)), sort: `${due.dueOn}#${record.id}` } }
      : {};
  },
});

export const partnershipEntity = defineEntity<PartnershipRecord>({
  name: 'Partnership',
  key: (record) => partnershipKey(record.urn, partnershipId(record.agencyId, record.since)),
  listings: (record) => ({
    gsi1: { partition: partnershipsOfAgency(record.agencyId), sort: `${record.urn}#${record.since}` },
  }),
});
