// GIAS trust membership read as GIAS states it; the facts are computed from the file itself in the test.
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RowReject } from '../../functions/importer/parsers/csv-stream.js';
import { type GroupMembership, readGroupMemberships } from '../../functions/importer/parsers/gias-groups.js';

const FILE = 'data/gias/gias_academies_group_membership_2025-09.csv.gz';
type Raw = Record<string, string>;

async function readAll(source: Readable, name: string) {
  const memberships: GroupMembership[] = [];
  const refused: RowReject[] = [];
  for await (const row of readGroupMemberships(source, name)) {
    if ('value' in row) memberships.push(row.value);
    else refused.push(row.reject);
  }
  return { memberships, refused };
}

let raw: Raw[];
let read: Awaited<ReturnType<typeof readAll>>;

beforeAll(async () => {
  raw = parse(gunzipSync(readFileSync(FILE)), { columns: true, bom: true }) as Raw[];
  read = await readAll(createReadStream(FILE), FILE);
}, 60_000);

describe('the national trust membership file', () => {
  it('reads every academy, rejecting none', () => {
    expect(read.refused).toEqual([]);
    expect(read.memberships).toHaveLength(raw.length);
  });

  it('has as many academies per trust as the file', () => {
    const count = (uids: string[]) => uids.reduce((map, uid) => map.set(uid, (map.get(uid) ?? 0) + 1), new Map());
    expect(count(read.memberships.map((membership) => membership.trust.uid))).toEqual(
      count(raw.map((row) => row['Group UID'] ?? '')),
    );
  });

  it('gives the Dean Trust’s Lord Derby Academy its TR-number and joined date as the row states them', () => {
    const row = raw.find((candidate) => candidate['Academy URN'] === '140412') as Raw;
    const membership = read.memberships.find((candidate) => candidate.urn === '140412');
    expect(membership).toMatchObject({
      trust: { uid: row['Group UID'], groupId: row['Group ID'], name: row['Group Name'], status: 'OPEN' },
      laCode: row['LA (code)'],
      joinedOn: (row['Joined date'] ?? '').split('/').reverse().join('-'),
    });
    expect(membership?.trust.uid).toBe('2864');
  });
});

describe('rows that do not make sense', () => {
  const header =
    'Group UID,Group ID,Group Name,Companies House Number,Group Type (code),Group Type,Closed Date,Open date,' +
    'Incorporated on (open date),Group Status (code),Group Status,Joined date,Academy URN,' +
    'Trust Academy Establishment Name,TypeOfEstablishment (code),TypeOfEstablishment (name),' +
    'PhaseOfEducation (code),PhaseOfEducation (name),LA (code),LA (name)';
  const good =
    '2864,TR00637,THE DEAN TRUST,07661116,06,Multi-academy trust,,,01/06/2011,OPEN,Open,01/02/2014,140412,' +
    'Lord Derby Academy,28,Academy sponsor led,4,Secondary,340,Knowsley';
  const replace = (position: number, value: string) =>
    good
      .split(',')
      .map((cell, index) => (index === position ? value : cell))
      .join(',');

  it.each([
    ['a bad academy URN', replace(12, '14041'), 'Academy URN', /six-digit URN/],
    ['an impossible joined date', replace(11, '31/02/2014'), 'Joined date', /DD\/MM\/YYYY/],
    ['an unknown trust type', replace(5, 'Federation'), 'Group Type', /multi- or single-academy trust/],
    ['a bad TR-number', replace(1, 'T637'), 'Group ID', /TR-number/],
  ])('rejects %s, naming the column, and reads the rows around it', async (_name, bad, column, reason) => {
    const csv = [header, good, bad, good].join('\n');
    const { memberships, refused } = await readAll(Readable.from([Buffer.from(csv)]), 'hand-made.csv');
    expect(memberships).toHaveLength(2);
    expect(refused).toEqual([{ line: 3, column, reason: expect.stringMatching(reason) }]);
  });
});
