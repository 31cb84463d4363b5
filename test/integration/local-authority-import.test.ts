// Importing GIAS's list of councils into an empty table: counts computed from the file itself, a re-import that
// writes nothing, and bad rows rejected with their line, column and reason while the rest are imported.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importLaCodes } from '../../functions/importer/import-la-codes.js';
import {
  countRequests,
  createDocumentClient,
  newRequestCounter,
  openStore,
  type StoreConfig,
  tableEntities,
} from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { createTestTable } from '../support/local-table.js';
import { expectNameListsTrue } from '../support/rollup-check.js';

const FILE = 'data/gias/la_codes_england.csv';
const bytes = readFileSync(FILE);
const source = (text: Buffer | string) => Readable.from([Buffer.from(text)]);

async function freshStore(prefix: string) {
  const table = await createTestTable(prefix);
  const client = createDocumentClient(localClientConfig(table.endpoint));
  const counter = newRequestCounter();
  countRequests(client, counter);
  const store: StoreConfig = { client, tableName: table.tableName };
  return { store, counter };
}

describe('importing councils', () => {
  it('adds every current council of the file, then re-imports it writing nothing', async () => {
    const rows = parse(bytes, { bom: true }) as string[][];
    const current = rows.slice(1).filter(([name]) => !/^Pre[ -]LGR\b/.test(name ?? ''));
    const { store, counter } = await freshStore('council-import');

    const first = await importLaCodes(store, source(bytes), FILE);
    expect(first).toMatchObject({ rows: rows.length - 1, added: current.length, changed: 0, unchanged: 0 });
    expect(first.rejected.map((reject) => reject.reason)).toEqual(
      rows
        .slice(1)
        .filter(([name]) => /^Pre[ -]LGR\b/.test(name ?? ''))
        .map(() => expect.stringMatching(/pre-LGR/)),
    );
    const kent = current.find(([, code]) => code === '886');
    expect(await openStore(store).localAuthorities.byCode('886')).toEqual({
      code: '886',
      name: kent?.[0],
      onsCode: kent?.[2],
    });
    // Search's list of councils holds every council the import wrote.
    await expectNameListsTrue(store);

    counter.byCommand = {};
    const again = await importLaCodes(store, source(bytes), FILE);
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: current.length });
    expect(counter.byCommand.BatchWriteItemCommand ?? 0).toBe(0);
  });

  it('rejects bad rows with their line, column and reason, and imports the rest', async () => {
    const { store } = await freshStore('council-import-bad');
    const [header] = bytes.toString('utf8').split('\n');
    const csv = [
      header,
      'Knowsley,340,E08000011',
      'Nowhere,34,E08000011',
      ',341,E08000012',
      'Sefton,343,not-an-ons-code',
      'Isles of Scilly,420,X999999',
    ].join('\n');
    const report = await importLaCodes(store, source(csv), 'hand-made.csv');
    expect(report).toMatchObject({ rows: 5, added: 2 });
    expect(report.rejected).toEqual([
      {
        line: 3,
        column: expect.stringMatching(/GIAS\) local authority \(LA\) code$/),
        reason: expect.stringMatching(/three-digit/),
      },
      { line: 4, column: 'English local authority (LA) name', reason: 'must not be empty' },
      {
        line: 5,
        column: expect.stringMatching(/^Office for National Statistics/),
        reason: expect.stringMatching(/ONS code/),
      },
    ]);
    expect(await openStore(store).localAuthorities.byCode('420')).toEqual({ code: '420', name: 'Isles of Scilly' });
    expect(await openStore(store).localAuthorities.byCode('343')).toBeNull();
  });

  it('mends search’s council list that fell behind (a table from before the lists), then writes nothing', async () => {
    const { store, counter } = await freshStore('council-import-mend');
    await importLaCodes(store, source(bytes), FILE);
    for (const key of tableEntities.nameListShardKeys('councils'))
      await store.client.send(new DeleteCommand({ TableName: store.tableName, Key: key }));
    const again = await importLaCodes(store, source(bytes), FILE);
    expect(again).toMatchObject({ added: 0, changed: 0 });
    await expectNameListsTrue(store);
    counter.byCommand = {};
    await importLaCodes(store, source(bytes), FILE);
    expect(Object.keys(counter.byCommand).filter((command) => /Write|Put|Update/.test(command))).toEqual([]);
  });

  it('refuses a file of another layout whole, writing nothing', async () => {
    const { store, counter } = await freshStore('council-import-other');
    await expect(importLaCodes(store, source('URN,Name\n100000,A school\n'), 'other.csv')).rejects.toThrow(
      /other.csv is not a GIAS LA codes file/,
    );
    expect(counter.total).toBe(0);
  });
});
