// A trust as GIAS's group records state it, over what Beacon held. The gias-groups import and the seed build it
// the same way, so importing the file the seed was built from changes nothing.
import type { TrustRecord } from './records.js';

const GIAS_TRUST_FIELDS = [
  'groupId',
  'name',
  'companiesHouseNumber',
  'type',
  'status',
  'openedOn',
  'closedOn',
] as const;

/** What GIAS's group membership file states of a trust. */
export type GiasTrustFacts = Pick<TrustRecord, 'uid' | (typeof GIAS_TRUST_FIELDS)[number]>;

/** The trust as GIAS states it, over what Beacon held (provenance and source stay). */
export function trustRecord(trust: GiasTrustFacts, before: TrustRecord | undefined, source: string): TrustRecord {
  const facts = Object.fromEntries(GIAS_TRUST_FIELDS.map((field) => [field, trust[field]]));
  const merged = { ...(before ?? { provenance: 'REAL' as const, source }), uid: trust.uid, ...facts };
  return Object.fromEntries(
    Object.entries(merged).filter(([, value]) => value !== undefined),
  ) as unknown as TrustRecord;
}

/** Whether two records state the same GIAS facts. */
export const sameGiasTrust = (a: TrustRecord, b: TrustRecord) =>
  GIAS_TRUST_FIELDS.every((field) => a[field] === b[field]);
