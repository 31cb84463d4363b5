// The importer Lambda as EventBridge invokes it. S3 is the real SDK client with its network call answered from the
// fixture bytes; the import runs for real against DynamoDB Local.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { S3Client } from '@aws-sdk/client-s3';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImporterConfig } from '../../functions/importer/config.js';
import { createImportHandler } from '../../functions/importer/create-handler.js';
import type { CensusImportReport } from '../../functions/importer/import-school-census.js';
import type { Log as ImportLog } from '../../functions/log.js';
import { openStore, type StoreConfig } from '../../functions/store/index.js';
import { sampleBytes } from '../support/gias-extract.js';
import { createTestTable } from '../support/local-table.js';
import { censusSenRows } from '../support/national-files.js';

const BUCKET = 'beacon-dev-import-uploads';

interface SeenRequest {
  method: string;
  hostname: string;
  path: string;
  query: Record<string, unknown>;
}

/** An S3 client whose HTTP layer serves `objects` (key → bytes) from memory and records each request. */
function s3Serving(objects: Record<string, Uint8Array>) {
  const seen: SeenRequest[] = [];
  const s3 = new S3Client({
    region: 'eu-west-2',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: {
      handle: async (request: SeenRequest & { headers: Record<string, string> }) => {
        seen.push({ method: request.method, hostname: request.hostname, path: request.path, query: request.query });
        const key = decodeURIComponent(request.path.replace(/^\//, ''));
        const bytes = objects[key];
        if (!bytes) {
          const body =
            '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not ' +
            'exist.</Message></Error>';
          return {
            response: {
              statusCode: 404,
              headers: { 'content-type': 'application/xml' },
              body: Readable.from([Buffer.from(body)]),
            },
          };
        }
        return {
          response: {
            statusCode: 200,
            headers: { 'content-type': 'text/csv', 'content-length': String(bytes.byteLength) },
            body: Readable.from([Buffer.from(bytes)]),
          },
        };
      },
    },
  });
  return { s3, seen };
}

/**
 * An S3 client answering every GetObject with `length` as its Content-Length and 64 MB of zeros (endless enough:
 * every limit it meets is far below), counting what the importer pulled.
 */
function s3ServingEndless(length: number) {
  const pulled = { bytes: 0 };
  const chunk = Buffer.alloc(64 * 1024);
  const s3 = new S3Client({
    region: 'eu-west-2',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: {
      handle: async () => ({
        response: {
          statusCode: 200,
          headers: { 'content-type': 'text/csv', 'content-length': String(length) },
          body: Readable.from(
            (function* () {
              while (pulled.bytes < 64 * 1024 * 1024) {
                pulled.bytes += chunk.length;
                yield chunk;
              }
            })(),
          ),
        },
      }),
    },
  });
  return { s3, pulled };
}

/** EventBridge's "Object Created" event for an upload to the import bucket. */
function objectCreated(key: string, versionId?: string) {
  return {
    version: '0',
    id: '17793124-05d4-b198-2fde-7ededc63b103',
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: '123456789012',
    time: '2026-11-23T09:00:00Z',
    region: 'eu-west-2',
    resources: [`arn:aws:s3:::${BUCKET}`],
    detail: {
      version: '0',
      bucket: { name: BUCKET },
      object: {
        key,
        size: 27_000,
        etag: 'b1946ac92492d2347c6235b4d2611184',
        ...(versionId ? { 'version-id': versionId } : {}),
        sequencer: '00617F08299329D189',
      },
      'request-id': 'N4N7GDK58NMKJ12R',
      requester: '123456789012',
      'source-ip-address': '1.2.3.4',
      reason: 'PutObject',
    },
  };
}

function collectingLog() {
  const lines: { level: string; message: string; extra?: Record<string, unknown> }[] = [];
  const log: ImportLog = {
    info: (message, extra) => lines.push({ level: 'info', message, extra }),
    warn: (message, extra) => lines.push({ level: 'warn', message, extra }),
    error: (message, extra) => lines.push({ level: 'error', message, extra }),
  };
  return { log, lines };
}

let store: StoreConfig;
beforeAll(async () => {
  const table = await createTestTable('importer-handler');
  store = { client: table.client, tableName: table.tableName };
  await openStore(store).localAuthorities.upsert({ code: '201', name: 'City of London' });
  await openStore(store).localAuthorities.upsert({ code: '202', name: 'Camden' });
});

describe('the importer Lambda', () => {
  it('reads the uploaded version from S3, imports it and returns the counts', async () => {
    const key = 'imports/edubasealldata20181029.csv';
    const { s3, seen } = s3Serving({ [key]: sampleBytes() });
    const { log, lines } = collectingLog();
    const handler = createImportHandler({ store, s3, log });

    const summary = await handler(objectCreated(key, 'uhggCJ2_B6gU2JaXWXebnXFDstO0ID6G'));
    expect(summary).toEqual({
      bucket: BUCKET,
      key,
      versionId: 'uhggCJ2_B6gU2JaXWXebnXFDstO0ID6G',
      kind: 'gias-establishments',
      file: key,
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
    expect(seen).toEqual([
      {
        method: 'GET',
        hostname: `${BUCKET}.s3.eu-west-2.amazonaws.com`,
        path: `/${key}`,
        query: expect.objectContaining({ versionId: 'uhggCJ2_B6gU2JaXWXebnXFDstO0ID6G' }),
      },
    ]);
    expect(await openStore(store).schools.readLatest('100000')).toMatchObject({
      name: "Sir John Cass's Foundation Primary School",
      source: 'GIAS file edubasealldata20181029.csv',
    });
    expect(lines.map(({ level, message }) => `${level} ${message}`)).toEqual([
      'info GIAS import started',
      'info GIAS import finished',
    ]);
    expect(lines[1]?.extra).toMatchObject({ added: 20, key });

    // A retried event (EventBridge and Lambda retry on failure) changes nothing.
    expect(await handler(objectCreated(key))).toMatchObject({ added: 0, changed: 0, unchanged: 20 });
  });

  it('finds an object whose key the event carries URL-encoded', async () => {
    const { s3, seen } = s3Serving({ 'imports/gias extract 2018.csv': sampleBytes() });
    const handler = createImportHandler({ store, s3, log: collectingLog().log });
    expect(await handler(objectCreated('imports/gias+extract+2018.csv'))).toMatchObject({ rows: 20, skipped: 0 });
    expect(seen.map((request) => decodeURIComponent(request.path))).toEqual([
      '/imports/gias+extract+2018.csv',
      '/imports/gias extract 2018.csv',
    ]);
  });

  it('logs skipped rows as a warning with their lines', async () => {
    const bytes = Buffer.from(
      Buffer.from(sampleBytes()).toString('latin1').replace('100002,"201"', '100002,"2O1"'),
      'latin1',
    );
    const { s3 } = s3Serving({ 'imports/typo.csv': bytes });
    const { log, lines } = collectingLog();
    const summary = await createImportHandler({ store, s3, log })(objectCreated('imports/typo.csv'));
    expect(summary.rejected).toEqual([
      {
        column: '',
        line: 4,
        urn: '100002',
        reason: 'column "LA (code)" "2O1": expected a three-digit GIAS LA code',
      },
    ]);
    expect(lines.at(-1)).toMatchObject({
      level: 'warn',
      message: 'GIAS import finished with skipped rows',
      extra: { skipped: 1 },
    });
  });

  it('refuses an object outside imports/ and an event it does not understand, reading nothing', async () => {
    const { s3, seen } = s3Serving({});
    const handler = createImportHandler({ store, s3, log: collectingLog().log });
    await expect(handler(objectCreated('exports/edubasealldata.csv'))).rejects.toThrow(
      `s3://${BUCKET}/exports/edubasealldata.csv is not under imports/; only uploads there are imported.`,
    );
    await expect(handler({ detail: { bucket: { name: BUCKET } } })).rejects.toThrow(/^Import event not understood/);
    expect(seen).toEqual([]);
  });

  it('fails an upload that is not an establishment extract, so the event reaches the dead-letter queue', async () => {
    const { s3 } = s3Serving({
      'imports/links.csv': new TextEncoder().encode('URN,LinkURN,LinkName\r\n100000,100001,x\r\n'),
    });
    const handler = createImportHandler({ store, s3, log: collectingLog().log });
    await expect(handler(objectCreated('imports/links.csv'))).rejects.toThrow(
      new RegExp(
        String.raw`^imports/links\.csv line 1: not a GIAS establishment extract: ` +
          String.raw`missing column\(s\) "LA \(code\)", "EstablishmentName"`,
      ),
    );
  });
});

describe('the importer Lambda against an oversized upload', () => {
  it('refuses an object over its kind’s limit on its length, before reading it, and logs the refusal', async () => {
    const { s3, pulled } = s3ServingEndless(2 * 1024 ** 3);
    const { log, lines } = collectingLog();
    const key = 'imports/ofsted-outcomes/outcomes.csv';
    await expect(createImportHandler({ store, s3, log })(objectCreated(key))).rejects.toThrow(
      `s3://${BUCKET}/${key} is 2048 MB, over the 160 MB limit for ofsted-outcomes files`,
    );
    expect(pulled.bytes).toBeLessThan(1024 * 1024);
    expect(lines.at(-1)).toMatchObject({
      level: 'error',
      message: 'Import refused',
      extra: { key, kind: 'ofsted-outcomes', reason: expect.stringMatching(/over the 160 MB limit/) },
    });
  });

  it('stops reading an object at the limit when more arrives than its length said', async () => {
    const { s3, pulled } = s3ServingEndless(1000);
    const key = 'imports/la-codes/endless.csv';
    await expect(createImportHandler({ store, s3, log: collectingLog().log })(objectCreated(key))).rejects.toThrow(
      `s3://${BUCKET}/${key} is over 1 MB long, the limit for its kind`,
    );
    expect(pulled.bytes).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('the importer Lambda, councils', () => {
  it('imports GIAS’s council list uploaded under imports/la-codes/, with its counts', async () => {
    const bytes = readFileSync('data/gias/la_codes_england.csv');
    const { s3 } = s3Serving({ 'imports/la-codes/la_codes_england.csv': bytes });
    const { log, lines } = collectingLog();
    const summary = await createImportHandler({ store, s3, log })(
      objectCreated('imports/la-codes/la_codes_england.csv'),
    );
    // Camden (202) and the City of London (201) are already held, as written above.
    expect(summary).toMatchObject({ kind: 'la-codes', key: 'imports/la-codes/la_codes_england.csv', changed: 2 });
    expect(lines.at(-1)?.message).toMatch(/^la-codes import finished/);
  });
});

describe('the importer Lambda, a council’s partnerships register', () => {
  it('reads an upload under imports/partnerships/la-202/ as Camden’s word, not another council’s', async () => {
    await openStore(store).agencies.upsert({
      id: 'city-send',
      name: 'City of London SEND team',
      kind: 'COUNCIL_SEND_TEAM',
      laCode: '201',
    });
    const [header = ''] = readFileSync('data/templates/partnerships.csv', 'utf8').split('\n');
    const register = Buffer.from(
      [
        header,
        '100008,city-send,City of London SEND team,Council SEND team,201,2025-01-06,,,Yes,REAL,Register',
        '100008,camden-send,Camden SEND team,Council SEND team,202,2025-01-06,,,Yes,REAL,Register',
      ].join('\r\n'),
    );
    const camden = 'imports/partnerships/la-202/register.csv';
    const operators = 'imports/partnerships/register.csv';
    const { s3 } = s3Serving({
      'imports/edubasealldata20181029.csv': sampleBytes(),
      [camden]: register,
      [operators]: register,
    });
    const handler = createImportHandler({ store, s3, log: collectingLog().log });
    await handler(objectCreated('imports/edubasealldata20181029.csv')); // the schools, if not yet held
    expect(await handler(objectCreated(camden))).toMatchObject({
      kind: 'partnerships',
      rows: 2,
      added: 1,
      rejected: [{ line: 2, column: 'Council quality assured' }],
    });
    // The operators' own upload may say it.
    expect(await handler(objectCreated(operators))).toMatchObject({ added: 1, unchanged: 1, rejected: [] });
  });
});

describe('the importer Lambda, a school census', () => {
  it('takes the census day from the upload’s folder and gives held schools the file’s figures', async () => {
    // The DfE's real rows of the establishments sample's URNs (City of London and Camden schools).
    const rows = censusSenRows().filter((row) => /^1000[01]\d$/.test(row.urn ?? ''));
    const text = stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) });
    const key = 'imports/school-census/2023-01-19/sen_school_level.csv';
    const { s3 } = s3Serving({ 'imports/edubasealldata20181029.csv': sampleBytes(), [key]: Buffer.from(text) });
    const { log, lines } = collectingLog();
    const handler = createImportHandler({ store, s3, log });
    await handler(objectCreated('imports/edubasealldata20181029.csv')); // the schools, if not yet held
    const summary = await handler(objectCreated(key));
    expect(summary).toMatchObject({
      kind: 'school-census',
      rows: rows.length,
      census: { asAt: '2023-01-19', from: 'the folder 2023-01-19' },
      rejected: [],
    });
    const { added, notHeld } = summary as unknown as CensusImportReport;
    expect(added).toBeGreaterThan(0);
    expect(added + notHeld.length).toBe(rows.length);
    expect(lines.at(-1)?.message).toBe('school-census import finished');
    const held = rows.filter((row) => !notHeld.includes(row.urn ?? ''));
    const schools = await openStore(store).schools.existing(held.map((row) => row.urn ?? ''));
    expect(schools.map((school) => [school.urn, school.census])).toEqual(
      held.map((row) => [
        row.urn,
        {
          asAt: '2023-01-19',
          pupils: Number(row.total_pupils),
          senSupport: Number(row.sen_support),
          ehcPlans: Number(row.ehc_plan),
        },
      ]),
    );
  });
});

describe('importer configuration', () => {
  it('fails at cold start without TABLE_NAME, naming it', () => {
    expect(() => readImporterConfig({})).toThrow('Beacon importer configuration is invalid: check TABLE_NAME');
    expect(readImporterConfig({ TABLE_NAME: 'beacon-dev' })).toEqual({ TABLE_NAME: 'beacon-dev' });
  });
});
