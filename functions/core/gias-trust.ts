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

const wordsOf = (name: string) =>
  name
    .toLocaleLowerCase('en-GB')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'the')
    .sort()
    .join(' ');

/**
 * The names a trust was known by before `name`: those it had, and `previous` when it differs in more than case,
 * punctuation or a "The" ("Dean Trust, The" is THE DEAN TRUST), so an old name still finds the trust.
 */
export function formerNamesOf(name: string, previous: readonly (string | undefined)[]): string[] | undefined {
  const names = [
    ...new Set(previous.filter((old): old is string => old !== undefined && wordsOf(old) !== wordsOf(name))),
  ];
  return names.length > 0 ? names : undefined;
}

/** The trust as GIAS states it, over what Beacon held (provenance and source stay; a replaced name is kept). */
export function trustRecord(trust: GiasTrustFacts, before: TrustRecord | undefined, source: string): TrustRecord {
  const facts = Object.fromEntries(GIAS_TRUST_FIELDS.map((field) => [field, trust[field]]));
  const formerNames = formerNamesOf(trust.name, [...(before?.formerNames ?? []), before?.name]);
  const merged = { ...(before ?? { provenance: 'REAL' as const, source }), uid: trust.uid, ...facts, formerNames };
  return Object.fromEntries(
    Object.entries(merged).filter(([, value]) => value !== undefined),
  ) as unknown as TrustRecord;
}

/** Whether two records state the same GIAS facts. */
export const sameGiasTrust = (a: TrustRecord, b: TrustRecord) =>
  GIAS_TRUST_FIELDS.every((field) => a[field] === b[field]);
