// GIAS's "academies and their groups" download (group links): one row per academy in a trust, streamed. Each row
// gives the trust as GIAS knows it and the academy's membership with the date it joined; a bad row is rejected
// with its column and reason, and a file of another layout is refused whole.
import type { Readable } from 'node:stream';
import { isIsoDate } from '../../core/calendar.js';
import { IDENTIFIER_PATTERNS, URN_FORMAT } from '../../core/identifiers.js';
import type { IsoDate } from '../../core/records.js';
import type { TrustType } from '../../core/vocabulary.js';
import { CellError, type Cells, quoted, type StreamedRow, streamCsvRows } from './csv-stream.js';

export interface GroupTrust {
  uid: string;
  /** TR-number, e.g. TR00637. */
  groupId: string;
  name: string;
  companiesHouseNumber?: string;
  type: TrustType;
  status: 'OPEN' | 'CLOSED';
  openedOn?: IsoDate;
  closedOn?: IsoDate;
}

export interface GroupMembership {
  trust: GroupTrust;
  urn: string;
  academyName: string;
  laCode: string;
  joinedOn?: IsoDate;
}

export type GroupRow = StreamedRow<GroupMembership>;

const COLUMNS = {
  uid: 'Group UID',
  groupId: 'Group ID',
  name: 'Group Name',
  companiesHouse: 'Companies House Number',
  type: 'Group Type',
  closedOn: 'Closed Date',
  incorporatedOn: 'Incorporated on (open date)',
  status: 'Group Status',
  joinedOn: 'Joined date',
  urn: 'Academy URN',
  academyName: 'Trust Academy Establishment Name',
  laCode: 'LA (code)',
} as const;

const TRUST_TYPES: Record<string, TrustType> = {
  'Multi-academy trust': 'MULTI_ACADEMY_TRUST',
  'Single-academy trust': 'SINGLE_ACADEMY_TRUST',
};

function optionalDate(cell: Cells, column: string): IsoDate | undefined {
  const text = cell(column);
  if (text === '') return undefined;
  const iso = text.split('/').reverse().join('-');
  if (!/^\d{2}\/\d{2}\/\d{4}$/.test(text) || !isIsoDate(iso)) {
    throw new CellError(column, `expected a date written DD/MM/YYYY, got ${quoted(text)}`);
  }
  return iso;
}

function matching(cell: Cells, column: string, pattern: RegExp, what: string): string {
  const text = cell(column);
  if (!pattern.test(text)) throw new CellError(column, `expected ${what}, got ${quoted(text)}`);
  return text;
}

function membershipOf(cell: Cells): GroupMembership {
  const type = TRUST_TYPES[cell(COLUMNS.type)];
  if (!type)
    throw new CellError(COLUMNS.type, `expected a multi- or single-academy trust, got ${quoted(cell(COLUMNS.type))}`);
  const status = cell(COLUMNS.status).toUpperCase();
  if (status !== 'OPEN' && status !== 'CLOSED')
    throw new CellError(COLUMNS.status, `expected Open or Closed, got ${quoted(status)}`);
  const name = cell(COLUMNS.name);
  if (name === '') throw new CellError(COLUMNS.name, 'must not be empty');
  const companiesHouseNumber = cell(COLUMNS.companiesHouse);
  const openedOn = optionalDate(cell, COLUMNS.incorporatedOn);
  const closedOn = optionalDate(cell, COLUMNS.closedOn);
  const joinedOn = optionalDate(cell, COLUMNS.joinedOn);
  return {
    trust: {
      uid: matching(cell, COLUMNS.uid, new RegExp(`^${IDENTIFIER_PATTERNS.trustUid}$`), 'a GIAS group UID'),
      groupId: matching(cell, COLUMNS.groupId, /^TR\d{5}$/, 'a TR-number such as TR00637'),
      name,
      ...(companiesHouseNumber ? { companiesHouseNumber } : {}),
      type,
      status,
      ...(openedOn ? { openedOn } : {}),
      ...(closedOn ? { closedOn } : {}),
    },
    urn: matching(cell, COLUMNS.urn, URN_FORMAT, 'a six-digit URN'),
    academyName: cell(COLUMNS.academyName),
    laCode: matching(cell, COLUMNS.laCode, new RegExp(`^${IDENTIFIER_PATTERNS.laCode}$`), 'a three-digit LA code'),
    ...(joinedOn ? { joinedOn } : {}),
  };
}

/** Streams the memberships in `source` (gzipped when `name` ends in .gz). */
export function readGroupMemberships(source: Readable, name: string): AsyncGenerator<GroupRow> {
  const layout = {
    what: 'a GIAS group membership file',
    columns: Object.values(COLUMNS),
    kind: 'gias-groups' as const,
  };
  return streamCsvRows(source, name, layout, membershipOf);
}
