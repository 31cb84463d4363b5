// Reading CSV records one bad row at a time, and the import limits against the real national files.
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../functions/deployment.js';
import { IMPORT_LIMITS, MAX_RECORD_LINES } from '../../functions/importer/limits.js';
import { type CsvRecord, csvRecords } from '../../functions/importer/parsers/csv-records.js';

async function recordsOf(text: string): Promise<(string | string[])[]> {
  const read: CsvRecord[] = [];
  for await (const record of csvRecords(Readable.from([Buffer.from(text)]), 'x.csv', IMPORT_LIMITS['la-codes']))
    read.push(record);
  return read.map((record) => ('problem' in record ? `line ${record.line}: ${record.problem}` : record.cells));
}

describe('reading CSV records', () => {
  it('keeps a quoted cell holding commas, doubled quotes and a line break, as a spreadsheet writes it', async () => {
    expect(await recordsOf('a,b\r\n"x, ""y""","two\r\nlines"\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'two\nlines'],
      ['c', 'd'],
    ]);
  });

  it('rejects a stray quote inside a cell, and a quote after a closing one, reading the next rows', async () => {
    expect(await recordsOf('a,b\nBad "x",1\n"y"z,2\nok,3\n')).toEqual([
      ['a', 'b'],
      'line 2: a quote (") is misplaced or not closed: this row cannot be read as CSV',
      'line 3: a quote (") is misplaced or not closed: this row cannot be read as CSV',
      ['ok', '3'],
    ]);
  });

  it(`gives up on a quote not closed within ${MAX_RECORD_LINES} lines and reads those lines again`, async () => {
    const rows = Array.from({ length: 30 }, (_, index) => `row${index},${index}`);
    const read = await recordsOf(`a,b\n"open,1\n${rows.join('\n')}\n`);
    expect(read.slice(0, 3)).toEqual([
      ['a', 'b'],
      `line 2: a quote (") opened on this line is not closed within ${MAX_RECORD_LINES} lines`,
      ['row0', '0'],
    ]);
    expect(read).toHaveLength(32);
  });
});

describe('the import limits', () => {
  const longestLine = (bytes: Buffer) =>
    Math.max(
      ...bytes
        .toString('latin1')
        .split('\n')
        .map((line) => line.length),
    );
  const files: [ImportKind, string][] = [
    ['la-codes', 'data/gias/la_codes_england.csv'],
    ['gias-groups', 'data/gias/gias_academies_group_membership_2025-09.csv.gz'],
    ['gias-links', 'data/gias/gias_links_edubasealldata20250422.csv.gz'],
    ['ofsted-outcomes', 'data/ofsted/ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz'],
    ['iqm-awards', 'data/templates/iqm-awards.csv'],
    ['partnerships', 'data/templates/partnerships.csv'],
    ['school-census', 'data/dfe/dfe_school_sen_2022-23_by_urn.csv.gz'],
    ['school-census', 'data/dfe/dfe_school_fsm_2022-23.csv.gz'],
    ['la-indicators', 'data/dfe/dfe_lait_inclusion_indicators_la_2016-2025.csv.gz'],
    ['ees', 'data/dfe/dfe_sen2_ehcp_caseload_2025.csv.gz'],
    ['statistical-neighbours', 'data/dfe/dfe_statistical_neighbours_2025-05.csv'],
  ];

  it.each(files)('leave %s files ten times the room of the real national file %s', (kind, file) => {
    const packed = readFileSync(file);
    const bytes = file.endsWith('.gz') ? gunzipSync(packed) : packed;
    expect(bytes.length * 10).toBeLessThan(IMPORT_LIMITS[kind].maxBytes);
    expect(longestLine(bytes) * 10).toBeLessThan(IMPORT_LIMITS[kind].maxLineBytes);
    expect(bytes.toString('latin1').split('\n').length * 10).toBeLessThan(IMPORT_LIMITS[kind].maxRows);
  });

  it('refuse a file of more rows than its kind allows, however small', async () => {
    const rows = 'x\n'.repeat(IMPORT_LIMITS['la-codes'].maxRows + 1);
    await expect(recordsOf(`a,b\n${rows}`)).rejects.toThrow('x.csv has over 5,000 rows, the limit for its kind');
  });

  it('read the real Ofsted file whole, every record a row', async () => {
    const file = 'data/ofsted/ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz';
    let rows = 0;
    for await (const record of csvRecords(createReadStream(file), file, IMPORT_LIMITS['ofsted-outcomes'])) {
      expect(record).toHaveProperty('cells');
      rows += 1;
    }
    expect(rows).toBe(22_006);
  });
});
