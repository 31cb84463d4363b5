// A partnership, under its school's partition and listed under its agency (gsi1).
import type { PartnershipRecord } from '../../core/records.js';
import { defineEntity, type ItemKey, schoolPartition } from '../dynamo/entity.js';

export const partnershipKey = (urn: string, id: string): ItemKey => ({ pk: schoolPartition(urn), sk: `PARTNER#${id}` });

export const partnershipId = (agencyId: string, since: string) => `${agencyId}#${since}`;

/** A partner agency's partnerships (gsi1), sorted by `urn#since`. */
export const partnershipsOfAgency = (agencyId: string) => `AGENCY#${agencyId}`;

export const partnershipEntity = defineEntity<PartnershipRecord>({
  name: 'Partnership',
  key: (record) => partnershipKey(record.urn, partnershipId(record.agencyId, record.since)),
  listings: (record) => ({
    gsi1: { partition: partnershipsOfAgency(record.agencyId), sort: `${record.urn}#${record.since}` },
  }),
});
