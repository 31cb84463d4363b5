import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { SchoolRecord } from '../../functions/core/records.js';
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { importEstablishments } from '../../functions/importer/import-establishments.js';
import {
  countRequests,
  createDocumentClient,
  newRequestCounter,
  openStore,
  type StoreConfig,
} from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { invoke } from '../support/api-events.js';
import {
  extractBytes,
  SAMPLE_NAME,
  sampleBytes,
  sampleExtract,
  withCell,
  withoutColumn,
} from '../support/gias-extract.js';
import { IQM_ELEMENT_NAMES } from '../support/iqm-elements.js';
import { createTestTable } from '../support/local-table.js';
import { expectNameListsTrue } from '../support/rollup-check.js';

const ALDGATE = 'The Aldgate School';
const SIR_JOHN_CASS = "Sir John Cass's Foundation Primary School";
const sample = { name: SAMPLE_NAME, bytes: sampleBytes() };
/** URN 100000 as GIAS names it today. */
const renamed = {
  name: 'edubasealldata20200101.csv',
  bytes: extractBytes(withCell(sampleExtract(), '100000', 'EstablishmentName', ALDGATE)),
};

/** A table holding City of London (201) and Camden (202), an import client, and the API over the same table. */
async function freshTable(prefix: string) {
  const table = await createTestTable(prefix);
  const client = createDocumentClient(localClientConfig(table.endpoint));
  const store: StoreConfig = { client, tableName: table.tableName };
  await openStore(store).localAuthorities.upsert({ code: '201', name: 'City of London', onsCode: 'E09000001' });
  await openStore(store).localAuthorities.upsert({ code: '202', name: 'Camden', onsCode: 'E09000007' });
  const api = createLambdaHandler({ client: table.client, tableName: table.tableName }, { today: () => '2026-11-23' });
  const counter = newRequestCounter();
  countRequests(client, counter);
  return {
    store,
    client,
    api,
    counter,
    run: (file: { name: string; bytes: Uint8Array }) => importEstablishments(store, file),
  };
}

const ELEMENTS = IQM_ELEMENT_NAMES.map((element) => ({ element, standOut: false }));

async function grantAward(api: ReturnType<typeof createLambdaHandler>, urn: string): Promise<string> {
  const { body } = await invoke<{ grantAward: { id: string } }>(
    api,
    'mutation ($input: GrantAwardInput!) { grantAward(input: $input) { id } }',
    {
      input: {
        urn,
        level: 'INCLUSIVE_SCHOOL_AWARD',
        assessedOn: '2026-03-02',
        assessor: 'A. Assessor',
        visitDays: 1,
        elements: ELEMENTS,
      },
    },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.grantAward.id;
}

async function school(store: StoreConfig, urn: string): Promise<SchoolRecord> {
  const found = await openStore(store).schools.readLatest(urn);
  if (!found) throw new Error(`school ${urn} not stored`);
  return found;
}

const history = async (store: StoreConfig, urn: string) =>
  (await openStore(store).history.page(urn, 50)).entries.map(({ entry }) => entry);

/** Runs `before` once, just before the first TransactWriteItems of `client` is sent. */
function beforeFirstTransaction(client: DynamoDBDocumentClient, before: () => Promise<void>): void {
  let done = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!done && context.commandName === 'TransactWriteItemsCommand') {
        done = true;
        await before();
      }
      return next(args);
    },
    { step: 'initialize', name: 'beforeFirstTransaction', override: true },
  );
}

describe('importing the GIAS establishment extract', () => {
  it('creates the 20 real schools of the 2018 sample with their GIAS facts', async () => {
    const { store, api, run } = await freshTable('gias-import-create');
    const started = new Date().toISOString();
    expect(await run(sample)).toEqual({
      kind: 'gias-establishments',
      file: SAMPLE_NAME,
      rows: 20,
      added: 20,
      changed: 0,
      unchanged: 0,
      rejected: [],
      notYetOpen: 0,
      skipped: 0,
      staleWrites: 0,
      warnings: [],
    });

    expect(await school(store, '100000')).toEqual({
      urn: '100000',
      name: SIR_JOHN_CASS,
      laCode: '201',
      type: 'Voluntary aided school',
      phase: 'Primary',
      administrativeDistrict: 'City of London',
      town: 'London',
      postcode: 'EC3A 5DE',
      predecessors: [],
      successors: [],
      inspectionIds: [],
      awardIds: [],
      partnershipIds: [],
      summary: {},
      provenance: 'REAL',
      source: `GIAS file ${SAMPLE_NAME}`,
      version: 1,
    });
    expect(await school(store, '100001')).toMatchObject({
      name: 'City of London School for Girls',
      type: 'Other independent school',
      openedOn: '1920-01-01',
    });
    expect((await school(store, '100001')).phase).toBeUndefined();
    expect(await school(store, '100004')).toMatchObject({
      name: 'Sherborne Nursery School',
      laCode: '202',
      closedOn: '1992-08-31',
      phase: 'Nursery',
    });

    const [added, ...more] = await history(store, '100000');
    expect(more).toEqual([]);
    expect(added).toMatchObject({
      actor: 'gias-import',
      action: 'importGias',
      summary: `Added the school from GIAS file ${SAMPLE_NAME}`,
    });
    expect(added!.at >= started && added!.at <= new Date().toISOString()).toBe(true);
    expect(added?.changes).toContainEqual({ field: 'name', after: SIR_JOHN_CASS });

    // Closed establishments are held (history can follow them) but not listed.
    const { body } = await invoke<{
      camden: { schools: { totalCount: number } };
      city: { schools: { totalCount: number } };
    }>(
      api,
      '{ camden: localAuthority(code: "202") { schools { totalCount } } city: localAuthority(code: "201") { schools ' +
        '{ totalCount } } }',
    );
    expect(body.data).toEqual({ camden: { schools: { totalCount: 13 } }, city: { schools: { totalCount: 4 } } });
  });

  it('writes nothing when the same file is imported again: two BatchGetItems and no write', async () => {
    const { run, counter, store } = await freshTable('gias-import-again');
    await run(sample);
    counter.total = 0;
    counter.byCommand = {};
    expect(await run(sample)).toMatchObject({ rows: 20, added: 0, changed: 0, unchanged: 20, skipped: 0 });
    // One for the two councils, one for the 20 schools (the sample names no trust).
    expect(counter.byCommand).toEqual({ BatchGetItemCommand: 2 });
    expect(await history(store, '100000')).toHaveLength(1);
  });

  it("keeps an awarded school's award and summary, moving its version only when its GIAS facts change", async () => {
    const { run, store, api } = await freshTable('gias-import-award');
    await run(sample);
    const awardId = await grantAward(api, '100000');
    const awarded = await school(store, '100000');
    expect(awarded).toMatchObject({ awardIds: [awardId], version: 2 });
    expect(awarded.summary.award?.awardId).toBe(awardId);

    expect(await run(sample)).toMatchObject({ unchanged: 20, changed: 0 });
    expect(await school(store, '100000')).toEqual(awarded);
    expect(await history(store, '100000')).toHaveLength(2);

    expect(await run(renamed)).toMatchObject({ changed: 1, unchanged: 19, added: 0 });
    expect(await school(store, '100000')).toEqual({ ...awarded, name: ALDGATE, version: 3 });
    const [latest] = await history(store, '100000');
    expect(latest).toMatchObject({
      actor: 'gias-import',
      action: 'importGias',
      recordId: '100000',
      summary: "Updated the school's GIAS details from GIAS file edubasealldata20200101.csv",
      changes: [{ field: 'name', before: SIR_JOHN_CASS, after: ALDGATE }],
    });
  });

  it('lets search find a school the import renamed by its new name at once, and not by its old one', async () => {
    const { run, api, store } = await freshTable('gias-import-search');
    await run(sample);
    const found = async (text: string) => {
      const { body } = await invoke<{ search: { schools: { edges: { node: { urn: string } }[] } } }>(
        api,
        `{ search(text: "${text}") { schools { edges { node { urn } } } } }`,
      );
      return body.data?.search.schools.edges.map((edge) => edge.node.urn);
    };
    // The search holds the lists from here on; the import's transactions must reach it all the same.
    expect(await found('john cass')).toEqual(['100000']);
    expect(await run(renamed)).toMatchObject({ changed: 1 });
    expect(await found('aldgate')).toEqual(['100000']);
    expect(await found('john cass')).toEqual([]);
    await expectNameListsTrue(store);
  });

  it('reports bad rows by file, line and reason, imports the rest, creates nothing for unknown councils', async () => {
    const { run, store } = await freshTable('gias-import-bad-rows');
    let extract = sampleExtract();
    extract = withCell(extract, '100002', 'OpenDate', '31-02-1939');
    extract = withCell(extract, '100003', 'LA (code)', '701');
    extract = withCell(extract, '100005', 'CloseDate', '');
    extract = withCell(extract, '100005', 'EstablishmentStatus (name)', 'Closed');
    extract = withCell(extract, '100006', 'Postcode', 'NOT A POSTCODE');
    const planned = withCell({ header: extract.header, rows: [extract.rows[19]!] }, '100019', 'URN', '100020');
    const proposed = withCell(planned, '100020', 'EstablishmentStatus (name)', 'Proposed to open');
    const file = {
      name: 'imports/edubasealldata-bad.csv',
      bytes: extractBytes({ header: extract.header, rows: [...extract.rows, ...proposed.rows] }),
    };

    const result = await run(file);
    expect(result).toMatchObject({ rows: 21, added: 16, changed: 0, unchanged: 0, notYetOpen: 1, skipped: 4 });
    expect(result.rejected).toEqual([
      {
        column: '',
        line: 4,
        urn: '100002',
        reason: 'column "OpenDate" "31-02-1939": expected a real date written DD-MM-YYYY',
      },
      {
        column: '',
        line: 5,
        urn: '100003',
        reason: 'LA code 701 is not a council Beacon holds (add it with upsertLocalAuthority, then import again)',
      },
      {
        column: '',
        line: 7,
        urn: '100005',
        reason: 'column "EstablishmentStatus (name)" is "Closed" but "CloseDate" is blank',
      },
      { column: '', line: 8, urn: '100006', reason: 'postcode: must be a UK postcode, e.g. L36 6DG' },
    ]);
    for (const urn of ['100002', '100003', '100005', '100006', '100020'])
      expect(await openStore(store).schools.readLatest(urn)).toBeNull();
    expect(await school(store, '100007')).toMatchObject({ name: 'Camden Primary Pupil Referral Unit', version: 1 });
  });

  it('never overwrites a change made between its read and write: it re-reads the school and reapplies', async () => {
    const { run, store, api, client } = await freshTable('gias-import-race');
    await run(sample);
    let awardId = '';
    // The award lands after the import has read 100000 (version 1) and before it writes the new name.
    beforeFirstTransaction(client, async () => {
      awardId = await grantAward(api, '100000');
    });

    expect(await run(renamed)).toMatchObject({ changed: 1, unchanged: 19, staleWrites: 1, skipped: 0 });
    const after = await school(store, '100000');
    expect(after).toMatchObject({ name: ALDGATE, awardIds: [awardId], version: 3 });
    expect(after.summary.award?.awardId).toBe(awardId);
    const entries = await history(store, '100000');
    expect(entries.map((entry) => entry.action).sort()).toEqual(['grantAward', 'importGias', 'importGias']);
    const grant = entries.find((entry) => entry.action === 'grantAward')!;
    const rename = entries.find((entry) =>
      entry.changes.some((change) => change.after === ALDGATE && change.before === SIR_JOHN_CASS),
    )!;
    // The rename is recorded as written: after the award it did not overwrite.
    expect(rename.at >= grant.at).toBe(true);
  });

  it('retries a transaction cancelled by throttling until it lands', async () => {
    const { run, store, client } = await freshTable('gias-import-throttle');
    beforeFirstTransaction(client, async () => {
      throw new TransactionCanceledException({
        message:
          'Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError, None]',
        $metadata: {},
        CancellationReasons: [{ Code: 'ThrottlingError' }, { Code: 'None' }],
      });
    });
    expect(await run(sample)).toMatchObject({ added: 20, skipped: 0, staleWrites: 0 });
    expect(await school(store, '100000')).toMatchObject({ version: 1 });
  });

  it(
    'sets trust membership from the Trusts column, warns of trusts Beacon lacks, and keeps it when an extract has ' +
      'no such column',
    async () => {
      const { run, store } = await freshTable('gias-import-trusts');
      await openStore(store).trusts.upsert({
        uid: '2864',
        name: 'Dean Trust, The',
        type: 'MULTI_ACADEMY_TRUST',
        provenance: 'REAL',
      });
      const withTrusts = withCell(
        withCell(sampleExtract(), '100000', 'Trusts (code)', '2864'),
        '100008',
        'Trusts (code)',
        '4242',
      );

      const first = await run({ name: 'trusts.csv', bytes: extractBytes(withTrusts) });
      expect(first).toMatchObject({ added: 20, skipped: 0 });
      expect(first.warnings).toEqual([
        'trust 4242 (first on line 10, URN 100008) is not held by Beacon: ' +
          'its schools show no trust until it is added with upsertTrust',
      ]);
      expect(await school(store, '100000')).toMatchObject({ trustUid: '2864' });

      const noTrustColumn = withoutColumn(withoutColumn(withTrusts, 'Trusts (code)'), 'Trusts (name)');
      expect(await run({ name: 'older.csv', bytes: extractBytes(noTrustColumn) })).toMatchObject({ unchanged: 20 });
      expect(await school(store, '100000')).toMatchObject({ trustUid: '2864', version: 1 });

      // With the column present, a blank cell means the school has left its trust.
      expect(await run(sample)).toMatchObject({ changed: 2, unchanged: 18 });
      expect((await school(store, '100000')).trustUid).toBeUndefined();
    },
  );
});
