// Every import kind records the changes it makes, in the same transaction: Ofsted's outcomes (inspected, grade
// moved), GIAS's groups (joined and left a trust) and links (converted). An import cut off halfway leaves no change
// for a row that did not land; importing the same file again adds nothing; one changed row adds exactly its changes.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGroupMemberships } from '../../functions/importer/import-gias-groups.js';
import { importGiasLinks } from '../../functions/importer/import-gias-links.js';
import { importOfstedOutcomes } from '../../functions/importer/import-ofsted-outcomes.js';
import { createDocumentClient, openStore } from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { isoDay, schoolChanges, storedChanges } from '../support/change-feeds.js';
import { crashAfter, SimulatedCrash } from '../support/fault-injection.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const OFSTED = 'data/ofsted/ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz';
const GROUPS = 'data/gias/gias_academies_group_membership_2025-09.csv.gz';
const LINKS = 'data/gias/gias_links_edubasealldata20250422.csv.gz';
const GRADES: Record<string, string> = {
  '1': 'Outstanding',
  '2': 'Good',
  '3': 'Requires improvement',
  '4': 'Inadequate',
};

const table = (file: string) => parse(gunzipSync(readFileSync(file)), { bom: true }) as string[][];
const csv = (rows: string[][]) => Readable.from([Buffer.from(stringify(rows))]);

let api: SeededApi;
let store: { client: SeededApi['table']['client']; tableName: string };
let ofstedHeader: string[];
let knowsley: string[][];
const col = (name: string) => ofstedHeader.indexOf(name);
const clock = (at: string) => () => new Date(at);

beforeAll(async () => {
  api = await seededApi('change-feed-imports', undefined, { outcomes: false });
  store = { client: api.table.client, tableName: api.table.tableName };
  const [header = [], ...rows] = table(OFSTED);
  ofstedHeader = header;
  knowsley = rows.filter((row) => row[col('Local authority')] === 'Knowsley');
}, 240_000);

describe('an Ofsted import', () => {
  it('cut off halfway leaves changes only for the rows that landed, each with its inspection', async () => {
    const client = createDocumentClient(localClientConfig(api.table.endpoint));
    const crash = crashAfter(client, 1, (name) => name === 'TransactWriteItemsCommand');
    await expect(
      importOfstedOutcomes({ client, tableName: store.tableName }, csv([ofstedHeader, ...knowsley]), 'knowsley.csv', {
        clock: clock('2026-11-20T09:00:00Z'),
      }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    expect(crash.crashed).toBe(true);
    const landed = [...(await storedChanges(api.table)).values()].filter(
      (change) => (change.source as { name: string }).name === 'ofsted-outcomes',
    );
    expect(landed.length).toBeGreaterThan(0);
    const beacon = openStore(store);
    for (const change of landed.filter((candidate) => candidate.kind === 'INSPECTED')) {
      const school = await beacon.schools.readLatest(String(change.urn));
      const day = String(change.happenedOn).replaceAll('-', '');
      expect(
        school?.inspectionIds.some((id) => id.startsWith(`I-${change.urn}-${day}`)),
        `${change.urn} ${day}`,
      ).toBe(true);
    }
    // Schools whose rows did not land have neither their inspections nor changes.
    const withChanges = new Set(landed.map((change) => String(change.urn)));
    const schools = await beacon.schools.ofAuthority('340');
    const withoutInspections = schools.filter((school) => school.inspectionIds.length === 0);
    expect(withoutInspections.length).toBeGreaterThan(0);
    for (const school of withoutInspections) expect(withChanges.has(school.urn), school.urn).toBe(false);
  });

  it('adds nothing when the same file is imported again', async () => {
    await importOfstedOutcomes(store, csv([ofstedHeader, ...knowsley]), 'knowsley.csv', {
      clock: clock('2026-11-21T09:00:00Z'),
    });
    const before = await storedChanges(api.table);
    expect(before.size).toBeGreaterThan(100);
    const again = await importOfstedOutcomes(store, csv([ofstedHeader, ...knowsley]), 'knowsley.csv', {
      clock: clock('2026-11-22T09:00:00Z'),
    });
    expect(again.added).toBe(0);
    expect(await storedChanges(api.table)).toEqual(before);
  });

  it('adds exactly the changes of the one row that changed: inspected, and the grade moved', async () => {
    // A school graded under its own URN, now inspected again with another grade.
    const index = knowsley.findIndex(
      (row) =>
        row[col('Does the latest graded inspection relate to the URN of the current school?')] === 'Yes' &&
        GRADES[row[col('Overall effectiveness')] ?? ''] !== undefined,
    );
    const row = [...(knowsley[index] ?? [])];
    const urn = row[col('URN')] ?? '';
    const was = row[col('Overall effectiveness')] ?? '';
    const now = was === '2' ? '1' : '2';
    for (const [previous, latest] of [
      ['Previous inspection start date', 'Inspection start date'],
      ['Previous publication date', 'Publication date'],
      ['Previous inspection number', 'Inspection number of latest graded inspection'],
      ['Previous graded inspection overall effectiveness', 'Overall effectiveness'],
      ['Previous category of concern', 'Category of concern'],
    ] as const)
      row[col(previous)] = row[col(latest)] ?? '';
    row[col('Inspection start date')] = '08/07/2025';
    row[col('Publication date')] = '20/08/2025';
    row[col('Inspection number of latest graded inspection')] = '10999999';
    row[col('Overall effectiveness')] = now;
    const changed = knowsley.map((candidate, position) => (position === index ? row : candidate));

    const before = await storedChanges(api.table);
    const report = await importOfstedOutcomes(store, csv([ofstedHeader, ...changed]), 'knowsley.csv', {
      clock: clock('2026-11-23T09:00:00Z'),
    });
    expect(report.added).toBe(1);
    const after = await storedChanges(api.table);
    const added = [...after.values()].filter((change) => !before.has(String(change.id)));
    expect(added.map(({ kind, urn: of, happenedOn, from, to }) => ({ kind, urn: of, happenedOn, from, to }))).toEqual(
      expect.arrayContaining([
        { kind: 'INSPECTED', urn, happenedOn: '2025-07-08', from: undefined, to: GRADES[now] },
        { kind: 'GRADE_MOVED', urn, happenedOn: '2025-07-08', from: GRADES[was], to: GRADES[now] },
      ]),
    );
    expect(added).toHaveLength(2);
    const feed = await schoolChanges(api, urn);
    expect(feed[0]).toMatchObject({
      happenedOn: '2025-07-08',
      source: { name: 'ofsted-outcomes', file: 'knowsley.csv' },
    });
  });
});

describe('a GIAS groups import', () => {
  const [header = [], ...rows] = table(GROUPS);
  const at = (name: string) => header.indexOf(name);
  const knowsleyMembers = rows.filter((row) => row[at('LA (code)')] === '340');

  it('adds nothing when the file states what the seed already holds', async () => {
    const before = await storedChanges(api.table);
    await importGroupMemberships(
      store,
      csv([header, ...knowsleyMembers]),
      'groups-2025-09.csv',
      clock('2026-11-24T09:00:00Z'),
    );
    expect(await storedChanges(api.table)).toEqual(before);
  });

  it('records a move to another trust as a leave and a join on the joined date, naming both trusts', async () => {
    const index = knowsleyMembers.findIndex((row) => row[at('Group UID')] === '2864');
    const member = knowsleyMembers[index] ?? [];
    const other = rows.find(
      (row) => row[at('Group UID')] !== '2864' && row[at('Group Type')] === 'Multi-academy trust',
    );
    const moved = [...member];
    for (const name of ['Group UID', 'Group ID', 'Group Name', 'Companies House Number', 'Group Type (code)'])
      moved[at(name)] = other?.[at(name)] ?? '';
    moved[at('Joined date')] = '01/09/2025';
    const before = await storedChanges(api.table);
    await importGroupMemberships(
      store,
      csv([header, ...knowsleyMembers.map((row, position) => (position === index ? moved : row))]),
      'groups-2025-10.csv',
      clock('2026-11-25T09:00:00Z'),
    );
    const added = [...(await storedChanges(api.table)).values()].filter((change) => !before.has(String(change.id)));
    const urn = member[at('Academy URN')];
    expect(
      added.map(({ kind, urn: of, happenedOn, from, to, trustUid }) => ({ kind, of, happenedOn, from, to, trustUid })),
    ).toEqual(
      expect.arrayContaining([
        {
          kind: 'LEFT_TRUST',
          of: urn,
          happenedOn: isoDay('01/09/2025'),
          from: member[at('Group Name')],
          to: other?.[at('Group Name')],
          trustUid: '2864',
        },
        {
          kind: 'JOINED_TRUST',
          of: urn,
          happenedOn: '2025-09-01',
          from: member[at('Group Name')],
          to: other?.[at('Group Name')],
          trustUid: other?.[at('Group UID')],
        },
      ]),
    );
    expect(added).toHaveLength(2);
  });
});

describe('a GIAS links import', () => {
  const [header = [], ...rows] = table(LINKS);
  const lordDerby = rows.filter((row) => ['140412', '135476'].includes(row[0] ?? ''));
  const addedSince = async (before: Map<string, Record<string, unknown>>) =>
    [...(await storedChanges(api.table)).values()]
      .filter((change) => !before.has(String(change.id)))
      .map((change) => [change.kind, change.urn, change.relatedUrn]);

  it('adds only the conversions the seed did not state, and nothing the second time', async () => {
    let before = await storedChanges(api.table);
    await importGiasLinks(store, csv([header, ...lordDerby]), 'links-2025-04-22.csv', clock('2026-11-26T09:00:00Z'));
    // The seed held Lord Derby's predecessor from GIAS's 2022 list, without the two colleges it replaced.
    const predecessorsOfPredecessor = lordDerby.filter((row) => row[0] === '135476' && row[3] === 'Predecessor');
    expect(predecessorsOfPredecessor).toHaveLength(2);
    expect((await addedSince(before)).sort()).toEqual(
      predecessorsOfPredecessor.map((row) => ['CONVERTED', '135476', row[1]]).sort(),
    );
    before = await storedChanges(api.table);
    await importGiasLinks(store, csv([header, ...lordDerby]), 'links-2025-04-22.csv', clock('2026-11-26T10:00:00Z'));
    expect(await addedSince(before)).toEqual([]);
  });

  it('records a new predecessor as a conversion on the successor, once', async () => {
    const before = await storedChanges(api.table);
    const added = ['140412', '999990', 'Imaginary Predecessor School', 'Predecessor', '01-09-2013'];
    await importGiasLinks(
      store,
      csv([header, ...lordDerby, added]),
      'links-2025-10.csv',
      clock('2026-11-26T11:00:00Z'),
    );
    expect(await addedSince(before)).toEqual([['CONVERTED', '140412', '999990']]);
    const converted = await schoolChanges(api, '140412', ['CONVERTED']);
    expect(converted.map((change) => [change.happenedOn, change.relatedSchool?.urn ?? change.from])).toEqual([
      ['2013-11-20', '135476'],
      ['2013-09-01', 'Imaginary Predecessor School'],
    ]);
    // The predecessor's feed shows the same conversion, by the same id.
    const [predecessor] = await schoolChanges(api, '135476', ['CONVERTED']);
    expect(predecessor?.id).toBe(converted[0]?.id);
  });
});
