// Importing a council's own registers from Beacon's templates (data/templates): IQM awards granted by the
// mutation's rules, partner agencies and partnerships added or ended; bad rows rejected with column and reason,
// nothing written for them; a re-import writes nothing.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { importIqmAwards } from '../../functions/importer/import-iqm-awards.js';
import { importPartnerships } from '../../functions/importer/import-partnerships.js';
import type { ImportReport } from '../../functions/importer/report.js';
import { invoke } from '../support/api-events.js';
import { schoolChanges } from '../support/change-feeds.js';
import { schoolState } from '../support/school-state.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const csv = (lines: string[]) => Readable.from([Buffer.from(`${lines.join('\r\n')}\r\n`)]);
const [awardHeader = ''] = readFileSync('data/templates/iqm-awards.csv', 'utf8').split('\n');
const [partnerHeader = ''] = readFileSync('data/templates/partnerships.csv', 'utf8').split('\n');
const clock = () => new Date('2026-11-23T09:00:00Z');

// Knowsley schools the scenario leaves alone: found through the API, not chosen by hand.
let api: SeededApi;
let free: string[];
let awards: ImportReport;
let partnerships: ImportReport;

const awardRows = () => [
  awardHeader,
  `${free[0]},Inclusive School Award,2021-03-10,,A. Assessor,1,Curriculum; ASSESSMENT,REAL,Council register 2026`,
  `${free[0]},Centre of Excellence,2024-05-02,,A. Assessor,2,,REAL,Council register 2026`,
  `${free[1]},Flagship School,2024-05-02,,A. Assessor,2,,REAL,Council register 2026`,
  `${free[2]},Inclusive School Award,2031-01-01,,A. Assessor,1,,REAL,Council register 2026`,
  `${free[2]},Inclusive School Award,2022-01-01,,A. Assessor,1,Juggling,REAL,Council register 2026`,
];
const partnerRows = () => [
  partnerHeader,
  `${free[0]},knowsley-camhs,Knowsley CAMHS,CAMHS,340,2025-01-06,,Mental health support,No,REAL,Register`,
  `${free[1]},knowsley-camhs,Knowsley CAMHS,CAMHS,340,2024-01-08,2026-07-31,Mental health support,yes,REAL,Register`,
  `${free[2]},knowsley-camhs,Knowsley CAMHS,Wizards,340,2025-01-06,,,No,REAL,Register`,
  `${free[2]},knowsley-camhs,Knowsley CAMHS,CAMHS,340,2025-01-06,,,Maybe,REAL,Register`,
  `${free[2]},atlantis-send,Atlantis SEND team,Council SEND team,999,2025-01-06,,,No,REAL,Register`,
];

beforeAll(async () => {
  api = await seededApi('register-import');
  const { body } = await invoke<{ localAuthority: { schools: { edges: { node: { urn: string } }[] } } }>(
    api.handler,
    '{ localAuthority(code: "340") { schools(first: 10) { edges { node { urn } } } } }',
  );
  free = body.data!.localAuthority.schools.edges.map((edge) => edge.node.urn).filter((urn) => urn !== '140412');
  const store = { client: api.table.client, tableName: api.table.tableName };
  awards = await importIqmAwards(store, csv(awardRows()), 'awards.csv', clock);
  partnerships = await importPartnerships(store, csv(partnerRows()), 'partners.csv', clock);
}, 120_000);

describe('importing an IQM award register', () => {
  it('grants each award by the mutation’s rules, oldest first, and rejects what the rules refuse', () => {
    expect(awards).toMatchObject({ rows: 5, added: 2, changed: 0, unchanged: 0 });
    expect(awards.rejected.map(({ line, column }) => [line, column])).toEqual([
      [4, 'row'],
      [5, 'Assessed on'],
      [6, 'Stand-out elements'],
    ]);
    expect(awards.rejected[0]?.reason).toMatch(/A FLAGSHIP_SCHOOL award needs a standing CENTRE_OF_EXCELLENCE award/);
    expect(awards.rejected[1]?.reason).toMatch(/must not be in the future/);
    expect(awards.rejected[2]?.reason).toMatch(/"Juggling" is not an IQM element/);
  });

  it('shows the granted award with its stand-out elements, superseding the one it builds on', async () => {
    const { body } = await invoke<{
      school: { awards: { level: string; status: string; elements: { element: string; standOut: boolean }[] }[] };
    }>(api.handler, `{ school(urn: "${free[0]}") { awards { level status elements { element standOut } } } }`);
    const held = body.data!.school.awards;
    expect(held.map((award) => [award.level, award.status])).toEqual([
      ['CENTRE_OF_EXCELLENCE', expect.any(String)],
      ['INCLUSIVE_SCHOOL_AWARD', 'SUPERSEDED'],
    ]);
    const first = held[1]?.elements.filter((element) => element.standOut).map((element) => element.element);
    expect(first?.sort()).toEqual(['ASSESSMENT', 'CURRICULUM']);
  });

  it('writes nothing for refused rows, nor when the register is imported again', async () => {
    const before = await Promise.all(free.slice(0, 3).map((urn) => schoolState(api, urn)));
    const store = { client: api.table.client, tableName: api.table.tableName };
    const again = await importIqmAwards(store, csv(awardRows()), 'awards.csv', clock);
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    expect(await Promise.all(free.slice(0, 3).map((urn) => schoolState(api, urn)))).toEqual(before);
  });
});

describe('importing a partnerships register', () => {
  it('adds the agency and each partnership, ends one with an end date, and rejects bad rows', async () => {
    expect(partnerships).toMatchObject({ rows: 5, added: 2, changed: 0, unchanged: 0 });
    expect(partnerships.rejected.map(({ line, column }) => [line, column])).toEqual([
      [4, 'Agency kind'],
      [5, 'Council quality assured'],
      [6, 'Agency council code'],
    ]);
    expect(partnerships.rejected[2]?.reason).toBe('no council with code 999 is held by Beacon');
    const { body } = await invoke<{ partnerAgency: { name: string; schools: { totalCount: number } } }>(
      api.handler,
      '{ partnerAgency(id: "knowsley-camhs") { name schools { totalCount } } }',
    );
    expect(body.data?.partnerAgency).toEqual({ name: 'Knowsley CAMHS', schools: { totalCount: 2 } });
    const ended = await invoke<{ school: { partnerships: { until: string | null; isActive: boolean }[] } }>(
      api.handler,
      `{ school(urn: "${free[1]}") { partnerships { until isActive } } }`,
    );
    expect(ended.body.data?.school.partnerships).toEqual([{ until: '2026-07-31', isActive: false }]);
  });

  it('writes nothing when the register is imported again', async () => {
    const before = await Promise.all(free.slice(0, 3).map((urn) => schoolState(api, urn)));
    const store = { client: api.table.client, tableName: api.table.tableName };
    const again = await importPartnerships(store, csv(partnerRows()), 'partners.csv', clock);
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    expect(await Promise.all(free.slice(0, 3).map((urn) => schoolState(api, urn)))).toEqual(before);
  });
});

describe('the registers’ changes', () => {
  it('records each award granted and partnership started or ended, naming the file it came from', async () => {
    const changes = async (urn: string) =>
      (await schoolChanges(api, urn, ['AWARD_GRANTED', 'PARTNERSHIP_STARTED', 'PARTNERSHIP_ENDED'])).map(
        ({ kind, happenedOn, source }) => ({ kind, happenedOn, name: source.name, file: source.file }),
      );
    expect(await changes(free[0] ?? '')).toEqual(
      expect.arrayContaining([
        { kind: 'AWARD_GRANTED', happenedOn: expect.any(String), name: 'iqm-awards', file: 'awards.csv' },
        { kind: 'PARTNERSHIP_STARTED', happenedOn: '2025-01-06', name: 'partnerships', file: 'partners.csv' },
      ]),
    );
    expect(await changes(free[1] ?? '')).toEqual(
      expect.arrayContaining([
        { kind: 'PARTNERSHIP_STARTED', happenedOn: '2024-01-08', name: 'partnerships', file: 'partners.csv' },
        { kind: 'PARTNERSHIP_ENDED', happenedOn: '2026-07-31', name: 'partnerships', file: 'partners.csv' },
      ]),
    );
  });
});
