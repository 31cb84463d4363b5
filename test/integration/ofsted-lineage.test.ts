// Ofsted's file names the URN each inherited outcome was made under: Beacon takes that as lineage, in the seed and in
// the ofsted-outcomes import alike, so a school opened after GIAS's links file (The Brigg Infant School, 151464)
// still shows the graded outcome it inherited, flagged, with its predecessor held and the conversion in both feeds.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { importGiasLinks } from '../../functions/importer/import-gias-links.js';
import { importOfstedOutcomes } from '../../functions/importer/import-ofsted-outcomes.js';
import { newRequestCounter, openBulkStore } from '../../functions/store/index.js';
import { buildSeedRecords, type SeedParts } from '../../local/seed/national-seed.js';
import { seedItems } from '../../local/seed/seed.js';
import { invoke } from '../support/api-events.js';
import { schoolChanges, storedChanges } from '../support/change-feeds.js';
import { createTestTable } from '../support/local-table.js';
import { ofstedRows } from '../support/national-files.js';
import { expectRollupsTrue } from '../support/rollup-check.js';
import type { SeededApi } from '../support/seeded-api.js';

const COUNCIL = { name: 'Derbyshire', code: '830' };
const BRIGG = '151464';
const OFSTED_FILE = 'ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz';
const GRADES: Record<string, string> = { 1: 'OUTSTANDING', 2: 'GOOD', 3: 'REQUIRES_IMPROVEMENT', 4: 'INADEQUATE' };
const iso = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');
const cell = (row: Record<string, string>, name: string) => row[name] ?? '';

/** The file's schools whose standing graded outcome was made under another URN, with what the file says of it. */
const inheritedRows = (council?: string) =>
  ofstedRows().filter(
    (row) =>
      cell(row, 'Does the latest graded inspection relate to the URN of the current school?') === 'No' &&
      (!council || cell(row, 'Local authority') === council),
  );
const expectedStatus = (row: Record<string, string>) => ({
  gradedInspectionOn: iso(cell(row, 'Inspection start date')),
  gradedInheritedFromUrn: cell(row, 'URN at time of latest graded inspection'),
  legacyOverallGrade: GRADES[cell(row, 'Overall effectiveness')] ?? null,
});

interface Shown {
  urn: string;
  inclusionStatus: { gradedInspectionOn: string | null; gradedInheritedFromUrn: string | null };
  predecessors: { urn: string; source: string | null; school: { urn: string; closedOn: string | null } | null }[];
}

async function shownSchools(api: SeededApi, urns: readonly string[]): Promise<Map<string, Shown>> {
  const shown = new Map<string, Shown>();
  for (const urn of urns) {
    const { body } = await invoke<{ school: Shown | null }>(
      api.handler,
      `query ($urn: ID!) { school(urn: $urn) { urn
        inclusionStatus { gradedInspectionOn gradedInheritedFromUrn legacyOverallGrade }
        predecessors { urn source school { urn closedOn } } } }`,
      { urn },
    );
    if (body.data?.school) shown.set(urn, body.data.school);
  }
  return shown;
}

describe('the seed takes lineage from Ofsted’s own statement', () => {
  it('gives every school in England that inherited its graded outcome that outcome, under the URN named', async () => {
    const records = await buildSeedRecords(null, { census: false });
    const schools = new Map(records.schools.map((school) => [school.urn, school]));
    const rows = inheritedRows();
    expect(rows.length).toBeGreaterThan(1000);
    const missing = rows.filter((row) => !schools.get(cell(row, 'URN'))?.summary.latestInspection);
    expect(missing.map((row) => cell(row, 'URN'))).toEqual([]);
    for (const row of rows) {
      const school = schools.get(cell(row, 'URN'));
      expect(school?.summary.latestInspection, cell(row, 'URN')).toMatchObject({
        urn: cell(row, 'URN at time of latest graded inspection'),
        inspectedOn: iso(cell(row, 'Inspection start date')),
      });
    }
    // Those GIAS's links file could not join (opened after it): linked by Ofsted's statement, each once.
    const ofstedLinked = rows.filter((row) =>
      schools.get(cell(row, 'URN'))?.predecessors.some((link) => link.source?.startsWith('Ofsted')),
    );
    expect(ofstedLinked.length).toBeGreaterThan(0);
    for (const school of schools.values()) {
      const urns = school.predecessors.map((link) => link.urn);
      expect(new Set(urns).size, school.urn).toBe(urns.length);
    }
  }, 120_000);

  describe(`seeded for ${COUNCIL.name}`, () => {
    let api: SeededApi;
    beforeAll(async () => {
      api = await seededCouncil('ofsted-lineage', {});
    }, 240_000);

    it('shows each inherited graded outcome the file states, flagged with its predecessor; none left out', async () => {
      const rows = inheritedRows(COUNCIL.name);
      const shown = await shownSchools(
        api,
        rows.map((row) => cell(row, 'URN')),
      );
      expect(shown.size).toBe(rows.length);
      for (const row of rows)
        expect(shown.get(cell(row, 'URN'))?.inclusionStatus, cell(row, 'URN')).toEqual(expectedStatus(row));
      const withoutGraded = [...shown.values()].filter((school) => !school.inclusionStatus.gradedInspectionOn);
      expect(withoutGraded.map((school) => school.urn)).toEqual([]);
    });

    it('shows The Brigg Infant School Good on 3 July 2019 under 112623, held and linked by Ofsted', async () => {
      await expectBrigg(api, `Ofsted ${OFSTED_FILE}`);
    });

    it('puts the conversion in both schools’ feeds, sourced to the Ofsted file', async () => {
      await expectConversion(api);
    });
  });
});

describe('the ofsted-outcomes import takes lineage from Ofsted’s own statement', () => {
  let api: SeededApi;
  const slice = () => {
    const rows = ofstedRows().filter((row) => cell(row, 'Local authority') === COUNCIL.name);
    const header = Object.keys(rows[0] ?? {});
    return Readable.from([Buffer.from(stringify([header, ...rows.map((row) => header.map((name) => row[name]))]))]);
  };
  const config = () => ({ client: api.table.client, tableName: api.table.tableName });
  beforeAll(async () => {
    api = await seededCouncil('ofsted-lineage-import', { outcomes: false });
    await importOfstedOutcomes(config(), slice(), 'derbyshire.csv', { clock: () => new Date('2026-11-23T09:00:00Z') });
  }, 240_000);

  it('shows each inherited graded outcome of the imported rows, flagged with its predecessor', async () => {
    const rows = inheritedRows(COUNCIL.name);
    const shown = await shownSchools(
      api,
      rows.map((row) => cell(row, 'URN')),
    );
    for (const row of rows)
      expect(shown.get(cell(row, 'URN'))?.inclusionStatus, cell(row, 'URN')).toEqual(expectedStatus(row));
    for (const school of shown.values()) {
      const urns = school.predecessors.map((link) => link.urn);
      expect(new Set(urns).size, `${school.urn}: a link GIAS states is not stated again`).toBe(urns.length);
    }
  });

  it('keeps the council’s and England’s counts in step with the schools, the held predecessors closed', async () => {
    await expectRollupsTrue(api, [{ localAuthority: COUNCIL.code }, 'england']);
  });

  it('holds and links The Brigg Infant School’s predecessor, and the conversion is in both feeds', async () => {
    await expectBrigg(api, 'Ofsted outcomes file derbyshire.csv');
    await expectConversion(api);
  });

  it('adds nothing when the same rows are imported again', async () => {
    const before = await storedChanges(api.table);
    const again = await importOfstedOutcomes(config(), slice(), 'derbyshire.csv');
    expect(again).toMatchObject({ added: 0, linked: 0, rejected: [] });
    expect([...(await storedChanges(api.table)).keys()].sort()).toEqual([...before.keys()].sort());
  });

  it('takes GIAS’s link in place of Ofsted’s when a later links file states it: no second event', async () => {
    const before = await storedChanges(api.table);
    const links = [
      ['URN', 'LinkURN', 'LinkName', 'LinkType', 'LinkEstablishedDate'],
      [BRIGG, '112623', 'The Brigg Infant School', 'Predecessor', '01-05-2025'],
      ['112623', BRIGG, 'The Brigg Infant School', 'Successor', '01-05-2025'],
    ];
    await importGiasLinks(config(), Readable.from([Buffer.from(stringify(links))]), 'links.csv');
    const [shown] = (await shownSchools(api, [BRIGG])).values();
    expect(shown?.predecessors).toEqual([
      { urn: '112623', source: null, school: { urn: '112623', closedOn: '2025-04-30' } },
    ]);
    expect(shown?.inclusionStatus).toMatchObject({ gradedInheritedFromUrn: '112623' });
    expect([...(await storedChanges(api.table)).keys()].sort()).toEqual([...before.keys()].sort());
  });
});

/** The seed's records of the council alone, loaded as the seed loads them (without the scenario's four schools). */
async function seededCouncil(prefix: string, parts: SeedParts): Promise<SeededApi> {
  const table = await createTestTable(prefix);
  const config = { client: table.client, tableName: table.tableName };
  const records = await buildSeedRecords([COUNCIL.code], { ...parts, census: false });
  await openBulkStore(config).load(seedItems(records));
  return { table, counter: newRequestCounter(), handler: createLambdaHandler(config) };
}

async function expectBrigg(api: SeededApi, source: string) {
  const brigg = ofstedRows().find((row) => cell(row, 'URN') === BRIGG) ?? {};
  const [shown] = (await shownSchools(api, [BRIGG])).values();
  expect(shown?.inclusionStatus).toEqual({
    gradedInspectionOn: '2019-07-03',
    gradedInheritedFromUrn: '112623',
    legacyOverallGrade: 'GOOD',
  });
  expect(shown?.inclusionStatus).toEqual(expectedStatus(brigg));
  expect(shown?.predecessors).toEqual([{ urn: '112623', source, school: { urn: '112623', closedOn: '2025-04-30' } }]);
}

async function expectConversion(api: SeededApi) {
  for (const urn of [BRIGG, '112623']) {
    const events = await schoolChanges(api, urn, ['CONVERTED']);
    expect(events, urn).toEqual([
      expect.objectContaining({
        kind: 'CONVERTED',
        happenedOn: '2025-05-01',
        school: { urn: BRIGG },
        relatedSchool: { urn: '112623' },
        source: expect.objectContaining({ name: 'ofsted-outcomes' }),
      }),
    ]);
  }
}
