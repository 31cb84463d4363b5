// Claims made in a council's name: saying that a council quality-assures a partnership is that council's (or an
// admin's) to say, through the API and through the partnerships import alike; a council ends its own agencies'
// partnerships, wherever the school is.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { importLocalAuthorityOf } from '../../functions/deployment.js';
import { speakerFor } from '../../functions/importer/acting-for.js';
import { importPartnerships } from '../../functions/importer/import-partnerships.js';
import { type GraphQLResponse, invoke, invokeAs } from '../support/api-events.js';
import { SCENARIO_TODAY, type SeededApi, seededApi } from '../support/seeded-api.js';
import { tableSnapshot } from '../support/table-snapshot.js';

let api: SeededApi;
/** Knowsley schools the scenario leaves alone, found through the API. */
let knowsley: string[];

const claims = (role: string, scope: string) => ({
  email: `${role}@claims.example`,
  'custom:role': role,
  'custom:scope': scope,
});
const LORD_DERBY_LEADER = claims('school_leader', 'school:140412');
const KNOWSLEY_OFFICER = claims('council_officer', 'la:340');
const KENT_OFFICER = claims('council_officer', 'la:886');

const ADD = 'mutation ($input: AddPartnershipInput!) { addPartnership(input: $input) { since councilQualityAssured } }';
const END = 'mutation ($input: EndPartnershipInput!) { endPartnership(input: $input) { until isActive } }';
const AGENCY = 'mutation ($input: UpsertPartnerAgencyInput!) { upsertPartnerAgency(input: $input) { id } }';

const claim = (since: string, agencyId = 'kent-send', urn = '140412') => ({
  input: { urn, agencyId, since, councilQualityAssured: true },
});

const expectForbidden = (response: GraphQLResponse, message: RegExp) => {
  expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(response.body.errors?.[0]?.message).toMatch(message);
  expect(response.body.data).toBeNull();
};

beforeAll(async () => {
  api = await seededApi('partnership-claims');
  for (const input of [
    { id: 'kent-send', name: 'Kent SEND team', kind: 'COUNCIL_SEND_TEAM', localAuthorityCode: '886' },
    { id: 'young-minds-trust', name: 'Young Minds Trust', kind: 'CHARITY' },
  ]) {
    const { body } = await invoke(api.handler, AGENCY, { input });
    expect(body.errors).toBeUndefined();
  }
  const { body } = await invoke<{ localAuthority: { schools: { edges: { node: { urn: string } }[] } } }>(
    api.handler,
    '{ localAuthority(code: "340") { schools(first: 10) { edges { node { urn } } } } }',
  );
  knowsley = body.data!.localAuthority.schools.edges.map((edge) => edge.node.urn).filter((urn) => urn !== '140412');
}, 120_000);

describe('claiming that a council quality-assures a partnership', () => {
  it('refuses a Knowsley school leader’s claim in Kent’s name, and writes nothing', async () => {
    const before = await tableSnapshot(api.table);
    const refused = await invokeAs(api.handler, LORD_DERBY_LEADER, ADD, claim('2025-01-06'));
    expectForbidden(
      refused,
      /^Saying that Kent \(council 886\) quality-assures work with Kent SEND team is for that council's officers/,
    );
    const officer = await invokeAs(api.handler, KNOWSLEY_OFFICER, ADD, claim('2025-01-06'));
    expectForbidden(officer, /Kent \(council 886\)/);
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  it('accepts the same partnership from the school leader without the claim', async () => {
    const { body } = await invokeAs(api.handler, LORD_DERBY_LEADER, ADD, {
      input: { urn: '140412', agencyId: 'kent-send', since: '2024-09-02', councilQualityAssured: false },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ addPartnership: { since: '2024-09-02', councilQualityAssured: false } });
  });

  it('accepts the claim from Kent’s council officer, and from an admin', async () => {
    const kent = await invokeAs(api.handler, KENT_OFFICER, ADD, claim('2025-01-06'));
    expect(kent.body.errors).toBeUndefined();
    expect(kent.body.data).toEqual({ addPartnership: { since: '2025-01-06', councilQualityAssured: true } });
    const admin = await invoke(api.handler, ADD, claim('2025-02-03'));
    expect(admin.body.errors).toBeUndefined();
    expect(admin.body.data).toEqual({ addPartnership: { since: '2025-02-03', councilQualityAssured: true } });
  });

  it('leaves the claim for an agency that is no council’s to the school’s own council', async () => {
    const leader = await invokeAs(api.handler, LORD_DERBY_LEADER, ADD, claim('2025-03-03', 'young-minds-trust'));
    expectForbidden(leader, /^Saying that Knowsley \(council 340\) quality-assures work with Young Minds Trust/);
    const kent = await invokeAs(api.handler, KENT_OFFICER, ADD, claim('2025-03-03', 'young-minds-trust'));
    expectForbidden(kent, /limited to your scope \(la:886\)/);
    const officer = await invokeAs(api.handler, KNOWSLEY_OFFICER, ADD, claim('2025-03-03', 'young-minds-trust'));
    expect(officer.body.errors).toBeUndefined();
  });
});

describe('ending a partnership with a council’s own agency', () => {
  it('lets Kent’s officer end a partnership with Kent’s agency at a Knowsley school', async () => {
    const added = await invokeAs(api.handler, LORD_DERBY_LEADER, ADD, {
      input: { urn: '140412', agencyId: 'kent-send', since: '2023-04-03', councilQualityAssured: false },
    });
    expect(added.body.errors).toBeUndefined();
    const ended = await invokeAs(api.handler, KENT_OFFICER, END, {
      input: { urn: '140412', agencyId: 'kent-send', since: '2023-04-03', until: '2026-07-31' },
    });
    expect(ended.body.errors).toBeUndefined();
    expect(ended.body.data).toEqual({ endPartnership: { until: '2026-07-31', isActive: false } });
  });

  it('still refuses Kent’s officer a Knowsley agency’s partnership at a Knowsley school', async () => {
    const before = await tableSnapshot(api.table);
    const refused = await invokeAs(api.handler, KENT_OFFICER, END, {
      input: { urn: '140412', agencyId: 'knowsley-send', since: '2023-09-01', until: '2026-07-31' },
    });
    expectForbidden(refused, /^Ending a partnership is limited to your scope \(la:886\)/);
    expect(await tableSnapshot(api.table)).toBe(before);
  });
});

describe('a council’s partnerships register', () => {
  it('speaks for the council whose folder it was uploaded to, and for the operators elsewhere', () => {
    expect(importLocalAuthorityOf('imports/partnerships/la-340/register.csv')).toBe('340');
    expect(importLocalAuthorityOf('imports/partnerships/register.csv')).toBeNull();
    expect(importLocalAuthorityOf('imports/partnerships/la-340')).toBeNull();
    expect(speakerFor('340')).toEqual({ role: 'council_officer', scope: 'la:340' });
    expect(speakerFor(null)).toEqual({ role: 'admin', scope: 'all' });
  });

  it('rejects the rows Knowsley may not say, with their reasons, and imports the others', async () => {
    const [header = ''] = readFileSync('data/templates/partnerships.csv', 'utf8').split('\n');
    const [first, second] = knowsley;
    const rows = [
      header,
      `${first},kent-send,Kent SEND team,Council SEND team,886,2025-01-06,,Outreach,Yes,REAL,Register`,
      `${first},kent-send,Kent SEND team,Council SEND team,886,2025-01-13,,Outreach,No,REAL,Register`,
      `${second},knowsley-send,Knowsley Council SEND team,Council SEND team,340,2025-01-06,,,Yes,REAL,Register`,
      '137883,kent-send,Kent SEND team,Council SEND team,886,2025-01-06,,,No,REAL,Register',
      `${second},kent-camhs,Kent CAMHS,CAMHS,886,2025-01-06,,,No,REAL,Register`,
    ];
    const key = 'imports/partnerships/la-340/register.csv';
    const store = { client: api.table.client, tableName: api.table.tableName };
    const report = await importPartnerships(
      store,
      Readable.from([Buffer.from(`${rows.join('\r\n')}\r\n`)]),
      key,
      () => new Date(`${SCENARIO_TODAY}T09:00:00Z`),
      speakerFor(importLocalAuthorityOf(key)),
    );
    expect(report).toMatchObject({ rows: 5, added: 2, changed: 0, unchanged: 0 });
    expect(report.rejected.map(({ line, column }) => [line, column])).toEqual([
      [2, 'Council quality assured'],
      [5, 'URN'],
      [6, 'Agency council code'],
    ]);
    expect(report.rejected[0]?.reason).toMatch(/^Saying that council 886 quality-assures work with Kent SEND team/);
    expect(report.rejected[1]?.reason).toMatch(/speaks for la:340.*school 137883 is in council 886/);
    expect(report.rejected[2]?.reason).toMatch(/may not create an agency of council 886/);
    const { body } = await invoke<{ kent: { schools: { totalCount: number } } | null; camhs: { id: string } | null }>(
      api.handler,
      '{ kent: partnerAgency(id: "kent-send") { schools { totalCount } } ' +
        'camhs: partnerAgency(id: "kent-camhs") { id } }',
    );
    expect(body.data).toEqual({ kent: { schools: { totalCount: 2 } }, camhs: null });
    const school = await invoke<{ school: { partnerships: { since: string; councilQualityAssured: boolean }[] } }>(
      api.handler,
      `{ school(urn: "${first}") { partnerships { since councilQualityAssured } } }`,
    );
    expect(school.body.data?.school.partnerships).toEqual([{ since: '2025-01-13', councilQualityAssured: false }]);
  });
});
