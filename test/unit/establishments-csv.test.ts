import { describe, expect, it } from 'vitest';
import { readEstablishments } from '../../functions/importer/parsers/establishments.js';
import { GiasCsvError } from '../../functions/importer/parsers/gias-text.js';
import {
  csvText,
  encodeWindows1252,
  extractBytes,
  SAMPLE_NAME,
  sampleBytes,
  sampleExtract,
  withCell,
  withoutColumn,
} from '../support/gias-extract.js';

describe('reading a GIAS establishment extract', () => {
  it('reads the 20 real rows of the October 2018 extract, 133 columns, Windows-1252', async () => {
    const file = await readEstablishments(SAMPLE_NAME, sampleBytes());
    expect(file).toMatchObject({ file: SAMPLE_NAME, rowCount: 20, hasTrustColumn: true, problems: [] });
    expect(file.rows.map((row) => row.urn)).toEqual(Array.from({ length: 20 }, (_, index) => String(100000 + index)));
    expect(file.rows[0]).toEqual({
      line: 2,
      urn: '100000',
      laCode: '201',
      name: "Sir John Cass's Foundation Primary School",
      type: 'Voluntary aided school',
      status: 'Open',
      openedOn: undefined,
      closedOn: undefined,
      phase: 'Primary',
      trustUid: undefined,
      postcode: 'EC3A 5DE',
      town: 'London',
      administrativeDistrict: 'City of London',
    });
  });

  it('turns GIAS dates into ISO dates and "Not applicable" phases into no phase', async () => {
    const rows = new Map((await readEstablishments(SAMPLE_NAME, sampleBytes())).rows.map((row) => [row.urn, row]));
    expect(rows.get('100001')).toMatchObject({
      name: 'City of London School for Girls',
      openedOn: '1920-01-01',
      phase: undefined,
    });
    expect(rows.get('100004')).toMatchObject({
      name: 'Sherborne Nursery School',
      status: 'Closed',
      closedOn: '1992-08-31',
      phase: 'Nursery',
    });
  });

  it('finds columns by name, so a later extract with columns dropped, added and moved reads the same', async () => {
    const original = sampleExtract();
    const trimmed = withoutColumn(withoutColumn(original, 'OfstedRating (name)'), 'OfstedLastInsp');
    const moved = {
      header: ['QualityAssurance (name)', ...trimmed.header.slice(1), trimmed.header[0]!],
      rows: trimmed.rows.map((row) => ['Not applicable', ...row.slice(1), row[0]!]),
    };
    const read = await readEstablishments('edubasealldata20250422.csv', extractBytes(moved));
    expect(read.problems).toEqual([]);
    expect(read.rows.map(({ line: _line, ...row }) => row)).toEqual(
      (await readEstablishments(SAMPLE_NAME, sampleBytes())).rows.map(({ line: _line, ...row }) => row),
    );
  });

  it('accepts an extract without the Trusts column and says so', async () => {
    const read = await readEstablishments('old.csv', extractBytes(withoutColumn(sampleExtract(), 'Trusts (code)')));
    expect(read.hasTrustColumn).toBe(false);
    expect(read.rows).toHaveLength(20);
  });

  it('refuses a file missing a column it needs, naming the column', async () => {
    const bytes = extractBytes(withoutColumn(withoutColumn(sampleExtract(), 'Postcode'), 'EstablishmentName'));
    await expect(readEstablishments('links.csv', bytes)).rejects.toThrow(GiasCsvError);
    await expect(readEstablishments('links.csv', bytes)).rejects.toThrow(
      'links.csv line 1: not a GIAS establishment extract: missing column(s) "EstablishmentName", "Postcode"',
    );
  });

  it('decodes Windows-1252 punctuation, and UTF-8 when the file starts with a byte-order mark', async () => {
    const extract = withCell(sampleExtract(), '100002', 'EstablishmentName', 'St Paul’s Cathedral School – Choir');
    const text = csvText(extract.header, extract.rows);
    const cp1252 = encodeWindows1252(text);
    expect(cp1252.includes(0x92)).toBe(true);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [cp1252, utf8]) {
      expect((await readEstablishments('x.csv', bytes)).rows[2]?.name).toBe('St Paul’s Cathedral School – Choir');
    }
  });

  it('reports each bad row with its line and reason, and reads the others', async () => {
    let extract = sampleExtract();
    extract = withCell(extract, '100002', 'OpenDate', '31-02-1939');
    extract = withCell(extract, '100003', 'URN', '10003');
    extract = withCell(extract, '100005', 'EstablishmentStatus (name)', 'Mothballed');
    extract = withCell(extract, '100006', 'EstablishmentName', '  ');
    const [first, ...rest] = extract.rows;
    const rows = [first!, first!, ...rest.slice(0, 10), rest[10]!.slice(0, 60), ...rest.slice(11)];
    const read = await readEstablishments('bad.csv', encodeWindows1252(csvText(extract.header, rows)));
    expect(read.rowCount).toBe(21);
    expect(read.problems).toEqual([
      { file: 'bad.csv', line: 3, urn: '100000', reason: 'URN 100000 appears again (first on line 2)' },
      {
        file: 'bad.csv',
        line: 5,
        urn: '100002',
        reason: 'column "OpenDate" "31-02-1939": expected a real date written DD-MM-YYYY',
      },
      { file: 'bad.csv', line: 6, reason: 'column "URN" "10003": expected a six-digit URN' },
      {
        file: 'bad.csv',
        line: 8,
        urn: '100005',
        reason:
          'column "EstablishmentStatus (name)" "Mothballed": expected one of "Open", "Open, but proposed to close", ' +
          '"Closed", "Proposed to open"',
      },
      { file: 'bad.csv', line: 9, urn: '100006', reason: 'column "EstablishmentName" "  ": must not be empty' },
      { file: 'bad.csv', line: 14, urn: '100011', reason: 'expected 133 columns as in the header, found 60' },
    ]);
    expect(read.rows).toHaveLength(15);
  });

  it('rejects a row whose quote is never closed, with its line, and reads the rows after it', async () => {
    const [first, ...rest] = sampleExtract().rows;
    // Header, line 2 the first school, line 3 the broken row, line 4 blank, lines 5-23 the other 19 schools.
    const text = `${csvText(sampleExtract().header, [first!])}"100099,"201","Broken\r\n${csvText([], rest)}`;
    const read = await readEstablishments('broken.csv', encodeWindows1252(text));
    expect(read.problems).toEqual([
      {
        file: 'broken.csv',
        line: 3,
        reason: expect.stringMatching(/^a quote \("\) /),
      },
    ]);
    expect(read.rows.map((row) => [row.line, row.urn])).toEqual([
      [2, '100000'],
      ...rest.map((_, index) => [index + 5, String(100001 + index)]),
    ]);
  });
});
