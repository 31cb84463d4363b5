// Importing GIAS's academies-and-groups file over the seed: trusts as GIAS knows them, each held academy's trust
// and joined date, counts computed from the file itself, and a re-import that writes nothing.
import { createReadStream, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GroupsImportReport, importGroupMemberships } from '../../functions/importer/import-gias-groups.js';
import { countRequests, createDocumentClient, newRequestCounter } from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { invokeAnonymous } from '../support/api-events.js';
import { expectRollupsTrue } from '../support/rollup-check.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const FILE = 'data/gias/gias_academies_group_membership_2025-09.csv.gz';
type Raw = Record<string, string>;
const iso = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');

let api: SeededApi;
let raw: Raw[];
let first: GroupsImportReport;

beforeAll(async () => {
  api = await seededApi('trust-import', undefined, { memberships: false });
  raw = parse(gunzipSync(readFileSync(FILE)), { columns: true, bom: true }) as Raw[];
  const store = { client: api.table.client, tableName: api.table.tableName };
  first = await importGroupMemberships(store, createReadStream(FILE), FILE, () => new Date('2026-11-23T09:00:00Z'));
}, 120_000);

describe('importing trusts and their academies', () => {
  it('brings every trust of the file in, and gives each academy Beacon holds its trust', () => {
    expect(first.rejected).toEqual([]);
    expect(first.rows).toBe(raw.length);
    const trusts = new Set(raw.map((row) => row['Group UID']));
    expect(first.trusts.added + first.trusts.changed + first.trusts.unchanged).toBe(trusts.size);
    expect(first.added + first.changed + first.unchanged + first.notHeld).toBe(raw.length);
    expect(first.added + first.changed).toBeGreaterThan(100);
  });

  it('keeps every council’s and trust’s kept counts and listings in step as academies join trusts', async () => {
    await expectRollupsTrue(api, [
      { localAuthority: '340' },
      { localAuthority: '211' },
      { localAuthority: '886' },
      { localAuthority: '919' },
      { trust: '2864' },
      'england',
    ]);
  });

  it('answers a trust as GIAS states it, and its academies with the dates they joined', async () => {
    const deanTrust = raw.filter((row) => row['Group UID'] === '2864');
    const { body } = await invokeAnonymous<{
      trust: {
        groupId: string;
        status: string;
        openedOn: string;
        schools: { totalCount: number; edges: { node: { urn: string; trustJoinedOn: string } }[] };
      };
    }>(
      api.handler,
      '{ trust(uid: "2864") { groupId status openedOn ' +
        'schools(first: 100) { totalCount edges { node { urn trustJoinedOn } } } } }',
    );
    const trust = body.data?.trust;
    expect(trust).toMatchObject({
      groupId: deanTrust[0]?.['Group ID'],
      status: 'OPEN',
      openedOn: iso(deanTrust[0]?.['Incorporated on (open date)'] ?? ''),
    });
    const lordDerby = trust?.schools.edges.find((edge) => edge.node.urn === '140412');
    const row = deanTrust.find((candidate) => candidate['Academy URN'] === '140412');
    expect(lordDerby?.node.trustJoinedOn).toBe(iso(row?.['Joined date'] ?? ''));
  });

  it('writes nothing when the same file is imported again', async () => {
    const client = createDocumentClient(localClientConfig(api.table.endpoint));
    const counter = newRequestCounter();
    countRequests(client, counter);
    const again = await importGroupMemberships(
      { client, tableName: api.table.tableName },
      createReadStream(FILE),
      FILE,
    );
    expect(again).toMatchObject({ added: 0, changed: 0, trusts: { added: 0, changed: 0 } });
    expect(again.unchanged).toBe(first.added + first.changed + first.unchanged);
    expect(Object.keys(counter.byCommand).filter((command) => /Write|Put|Update/.test(command))).toEqual([]);
  });
});
