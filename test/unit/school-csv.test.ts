import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, schoolsCsv } from '../../functions/core/school-csv.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';

describe('the school list CSV', () => {
  it('keeps a formula in a school’s name or district as text, so a spreadsheet never runs it', () => {
    const school = newSchoolRecord({
      urn: '900001',
      name: '=HYPERLINK("https://evil.example","Click")',
      laCode: '340',
      administrativeDistrict: '@SUM(1+1)',
      postcode: '+44 123',
      type: '-2+3',
    });
    const [, row] = parse(schoolsCsv([school], '2026-11-23')) as string[][];
    expect(row?.slice(0, 6)).toEqual([
      '900001',
      `'=HYPERLINK("https://evil.example","Click")`,
      "'-2+3",
      '',
      "'@SUM(1+1)",
      "'+44 123",
    ]);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['\tcmd', "'\tcmd"],
    ['\r=x', "'\r=x"],
    ['Lord Derby Academy', 'Lord Derby Academy'],
    ['St Mary-le-Bow', 'St Mary-le-Bow'],
    ['', ''],
  ])('neutralises %j as %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });
});
