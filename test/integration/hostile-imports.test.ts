// The importer against hostile files, through the real importers into DynamoDB Local: an endless or line-less
// input is refused after a bounded read, a gzip bomb at its unpacked limit, a row with a control character or a
// stray quote is rejected on its own while the rows around it are imported; the CLI names a bad path in one line.
import { execFile } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importLaCodes } from '../../functions/importer/import-la-codes.js';
import { openStore, type StoreConfig } from '../../functions/store/index.js';
import { createTestTable } from '../support/local-table.js';

const run = promisify(execFile);
const [HEADER = ''] = readFileSync('data/gias/la_codes_england.csv', 'utf8').split('\n');
const csv = (lines: string[]) => Readable.from([Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`)]);
const MB = 1024 * 1024;

/** A source that yields `first`, then `chunk` up to `limit` bytes, counting what the importer pulled from it. */
function counted(first: Buffer, chunk: Buffer, limit: number) {
  const pulled = { bytes: first.length };
  const source = Readable.from(
    (function* () {
      yield first;
      while (pulled.bytes < limit) {
        pulled.bytes += chunk.length;
        yield chunk;
      }
    })(),
  );
  return { source, pulled };
}

let store: StoreConfig;
const heldLocalAuthorities = async () =>
  (await openStore(store).localAuthorities.all())
    .map((localAuthority) => `${localAuthority.code} ${localAuthority.name}`)
    .sort();

beforeAll(async () => {
  const table = await createTestTable('hostile-imports');
  store = { client: table.client, tableName: table.tableName };
});

describe('an import of an endless or oversized file', () => {
  it('refuses /dev/zero at the line limit after a bounded read, writing nothing', async () => {
    // 32 MB of /dev/zero: without a limit it is one 32 MB cell; with one it stops within the first chunks.
    const zeros = createReadStream('/dev/zero', { end: 32 * MB - 1 });
    await expect(importLaCodes(store, zeros, '/dev/zero')).rejects.toThrow(
      '/dev/zero line 1 is over 16 KB, the limit for its kind',
    );
    expect(zeros.bytesRead).toBeLessThan(MB);
    expect(await heldLocalAuthorities()).toEqual([]);
  });

  it('refuses an endless file of blank lines at the kind’s size limit, reading no further', async () => {
    const { source, pulled } = counted(
      Buffer.from(`${HEADER}\n`),
      Buffer.from(`${' '.repeat(1023)}\n`.repeat(64)),
      8 * MB,
    );
    await expect(importLaCodes(store, source, 'blank-lines.csv')).rejects.toThrow(
      'blank-lines.csv is over 1 MB long, the limit for its kind',
    );
    expect(pulled.bytes).toBeLessThan(2 * MB);
    expect(await heldLocalAuthorities()).toEqual([]);
  });

  it('refuses a gzip bomb at the unpacked limit, though it is small packed', async () => {
    const bomb = gzipSync(`${HEADER}\n${`${' '.repeat(1023)}\n`.repeat(8 * 1024)}`);
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(importLaCodes(store, Readable.from([bomb]), 'la.csv.gz')).rejects.toThrow(
      'la.csv.gz is over 1 MB unpacked, the limit for its kind',
    );
    expect(await heldLocalAuthorities()).toEqual([]);
  });
});

describe('rows a person could not have meant', () => {
  it('rejects each row holding NUL or another control character, and imports the rows around them', async () => {
    const report = await importLaCodes(
      store,
      csv([
        'Knowsley,340,E08000011',
        'Kent\u0000,886,E10000016',
        'Hertfordshire,919,E10000015\u0007',
        'Tower\u007FHamlets,211,E09000030',
        'Camden,202,E09000007',
      ]),
      'controls.csv',
    );
    expect(report).toMatchObject({ rows: 5, added: 2 });
    const name = 'English local authority (LA) name';
    const ons = HEADER.split(',').at(-1);
    expect(report.rejected).toEqual([
      { line: 3, column: name, reason: 'holds a control character (U+0000); such rows are not imported' },
      { line: 4, column: ons, reason: 'holds a control character (U+0007); such rows are not imported' },
      { line: 5, column: name, reason: 'holds a control character (U+007F); such rows are not imported' },
    ]);
    expect(await heldLocalAuthorities()).toEqual(['202 Camden', '340 Knowsley']);
  });

  it('rejects a row with an unclosed or stray quote on its own and imports the good rows around it', async () => {
    const report = await importLaCodes(
      store,
      csv([
        'Barnet,302,E09000003',
        '"Bromley,305,E09000006',
        'Croydon,306,E09000008',
        'Ealing "the Queen,307,E09000009',
        '"Enfield, London Borough of",308,E09000010',
        'Greenwich,203,E09000011',
      ]),
      'quotes.csv',
    );
    expect(report.rejected.map(({ line, column }) => [line, column])).toEqual([
      [3, 'row'],
      [5, 'row'],
    ]);
    for (const { reason } of report.rejected)
      expect(reason).toMatch(/^a quote \("\) (opened on this line|is misplaced)/);
    expect(report).toMatchObject({ rows: 6, added: 4 });
    const held = await heldLocalAuthorities();
    expect(held).toEqual(
      expect.arrayContaining(['203 Greenwich', '302 Barnet', '306 Croydon', '308 Enfield, London Borough of']),
    );
    expect(held.filter((localAuthority) => /Bromley|Ealing/.test(localAuthority))).toEqual([]);
  });
});

describe('npm run import with a bad path', () => {
  const importCli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'local/import.ts', ...args, '--endpoint', 'http://127.0.0.1:9'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it('says in one line that the file is missing or a directory, exits non-zero, and prints no stack', async () => {
    const [missing, directory] = await Promise.all([
      importCli('la-codes', 'data/gias/no-such-file.csv'),
      importCli('partnerships', 'data/templates'),
    ]);
    expect(missing).toEqual({ code: 1, stderr: 'import failed: data/gias/no-such-file.csv: no such file\n' });
    expect(directory).toEqual({ code: 1, stderr: 'import failed: data/templates: is a directory, not a file\n' });
  });
});
