// Importing GIAS's establishment links over the seed: the file's links replace a held school's, bad rows are
// rejected with their reason and write nothing, and a re-import writes nothing.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGiasLinks, type LinksImportReport } from '../../functions/importer/import-gias-links.js';
import { invoke } from '../support/api-events.js';
import { schoolState } from '../support/school-state.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const FILE = 'data/gias/gias_links_edubasealldata20250422.csv.gz';
// Kept in Windows-1252 as GIAS publishes it: latin1 maps the bytes one to one for filtering whole lines.
const [header = '', ...lines] = gunzipSync(readFileSync(FILE)).toString('latin1').split('\r\n');
const urnOf = (line: string) => line.replaceAll('"', '').split(',')[0] ?? '';

let api: SeededApi;
let first: LinksImportReport;
const LORD_DERBY = '140412';
const added = `"${LORD_DERBY}","999990","Imaginary Predecessor School","Predecessor","01-09-2013"`;
const bad = [
  `"14041","135476","Huyton","Predecessor","20-11-2013"`,
  `"143630","131598","Ian Mikardo","Predecessor","31-02-2012"`,
  `"117231","100000","","Successor",""`,
];
const knowsley = lines.filter((line) => ['140412', '135476'].includes(urnOf(line)));
const file = (rows: string[]) => Readable.from([Buffer.from([header, ...rows].join('\r\n'), 'latin1')]);

beforeAll(async () => {
  api = await seededApi('links-import');
  const store = { client: api.table.client, tableName: api.table.tableName };
  first = await importGiasLinks(store, file([...knowsley, added, ...bad]), 'links.csv', () => new Date());
}, 120_000);

describe('importing GIAS establishment links', () => {
  it('rejects each bad row with its line, column and reason, and counts the rest', () => {
    expect(first.rows).toBe(knowsley.length + 1 + bad.length);
    expect(first.rejected).toEqual([
      { line: knowsley.length + 3, column: 'URN', reason: 'expected a six-digit URN, got "14041"' },
      {
        line: knowsley.length + 4,
        column: 'LinkEstablishedDate',
        reason: 'expected a date written DD-MM-YYYY, got "31-02-2012"',
      },
      { line: knowsley.length + 5, column: 'LinkName', reason: 'must not be empty' },
    ]);
    // Two schools: Lord Derby (a link added) and its predecessor, whose successor link the seed had mirrored from
    // Lord Derby's own and now reads as GIAS states it.
    expect(first.added + first.changed + first.unchanged + first.notHeld).toBe(2);
    expect(first.changed).toBeGreaterThanOrEqual(1);
  });

  it('gives the school the links the file states, in place of its own', async () => {
    const { body } = await invoke<{ school: { predecessors: { urn: string; linkedOn: string }[] } }>(
      api.handler,
      `{ school(urn: "${LORD_DERBY}") { predecessors { urn linkedOn } } }`,
    );
    expect(body.data?.school.predecessors).toEqual([
      { urn: '135476', linkedOn: '2013-11-20' },
      { urn: '999990', linkedOn: '2013-09-01' },
    ]);
  });

  it('writes nothing for the bad rows, nor when the same rows are imported again', async () => {
    const before = await schoolState(api, '143630');
    const store = { client: api.table.client, tableName: api.table.tableName };
    const again = await importGiasLinks(store, file([...knowsley, added, ...bad]), 'links.csv');
    expect(again).toMatchObject({ added: 0, changed: 0 });
    expect(await schoolState(api, '143630')).toEqual(before);
  });
});
