// Key formats of the single table. No other module builds or parses a key.

export interface ItemKey {
  pk: string;
  sk: string;
}

const schoolPk = (urn: string) => `SCHOOL#${urn}`;

export const keys = {
  localAuthority: (code: string): ItemKey => ({ pk: `LA#${code}`, sk: 'LA' }),
  trust: (uid: string): ItemKey => ({ pk: `TRUST#${uid}`, sk: 'TRUST' }),
  agency: (id: string): ItemKey => ({ pk: `AGENCY#${id}`, sk: 'AGENCY' }),
  school: (urn: string): ItemKey => ({ pk: schoolPk(urn), sk: 'SCHOOL' }),
  inspection: (urn: string, id: string): ItemKey => ({ pk: schoolPk(urn), sk: `INSPECTION#${id}` }),
  award: (urn: string, id: string): ItemKey => ({ pk: schoolPk(urn), sk: `AWARD#${id}` }),
  partnership: (urn: string, partnershipId: string): ItemKey => ({ pk: schoolPk(urn), sk: `PARTNER#${partnershipId}` }),
  history: (urn: string, at: string, unique: string): ItemKey => ({ pk: schoolPk(urn), sk: `HISTORY#${at}#${unique}` }),
  historyPrefix: 'HISTORY#',
  /** The contact list of a school, trust or council, beside the owner's own item. */
  contacts: (scope: 'SCHOOL' | 'TRUST' | 'LOCAL_AUTHORITY', id: string): ItemKey => ({
    pk: scope === 'SCHOOL' ? schoolPk(id) : scope === 'TRUST' ? `TRUST#${id}` : `LA#${id}`,
    sk: 'CONTACTS',
  }),
  /** A reminder under its school: its id (awardId#dueOn#daysBefore) makes the write idempotent. */
  reminder: (urn: string, reminderId: string): ItemKey => ({ pk: schoolPk(urn), sk: `REMINDER#${reminderId}` }),
  /** The local outbox (one partition; local runs only). */
  outbox: (reminderId: string): ItemKey => ({ pk: 'OUTBOX', sk: reminderId }),
};

/** Partition values of the index queries. */
export const indexPartitions = {
  schoolsOfAuthority: (code: string) => `LA#${code}`,
  schoolsOfTrust: (uid: string) => `TRUST#${uid}`,
  schoolsOfAgency: (agencyId: string) => `AGENCY#${agencyId}`,
  allOfKind: (kind: ItemKind) => `KIND#${kind}`,
  /** Open awards due in a month, e.g. DUE#2026-12. */
  awardsDueInMonth: (yearMonth: string) => `DUE#${yearMonth}`,
  /** Reminders, newest first: a council's (gsi1), a trust's (gsi2), a school's (gsi3). */
  remindersOfAuthority: (code: string) => `REMINDERS#LA#${code}`,
  remindersOfTrust: (uid: string) => `REMINDERS#TRUST#${uid}`,
  remindersOfSchool: (urn: string) => `REMINDERS#SCHOOL#${urn}`,
};

export type ItemKind =
  | 'LocalAuthority'
  | 'Trust'
  | 'School'
  | 'Inspection'
  | 'Award'
  | 'Partnership'
  | 'Agency'
  | 'History';

/** Sort value that orders schools by name within an index partition. */
export function schoolSortKey(name: string, urn: string): string {
  return `${name.toLocaleLowerCase('en-GB')}#${urn}`;
}

/** Record ids carry the URN so a single id finds its item: e.g. A-140412-20230615-x7k2. */
export function newRecordId(prefix: 'A' | 'I', urn: string, date: string, random: string): string {
  return `${prefix}-${urn}-${date.replaceAll('-', '')}-${random}`;
}

/** The start every id of a school's records of one day shares, e.g. I-140412-20230615-. */
export function recordIdPrefix(prefix: 'A' | 'I', urn: string, date: string): string {
  return newRecordId(prefix, urn, date, '');
}

export function urnOfRecordId(id: string): string | null {
  const match = /^[AI]-(\d{6})-\d{8}-[a-z0-9]+$/.exec(id);
  return match?.[1] ?? null;
}

export function partnershipId(agencyId: string, since: string): string {
  return `${agencyId}#${since}`;
}
