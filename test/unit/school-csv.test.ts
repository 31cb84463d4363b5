import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, schoolsCsv } from '../../functions/core/school-csv.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';

const names = { localAuthority: () => 'Knowsley', trust: () => 'Dean Trust, The' };

describe('the school list CSV', () => {
  it('opens in Excel as UTF-8 and says things in words: labels, council and trust names, the day it is for', () => {
    const school = newSchoolRecord({
      urn: '140412',
      name: 'Lord Derby Academy',
      laCode: '340',
      trustUid: '2864',
      summary: {
        award: {
          awardId: 'A-140412-20231215-aaaaaa',
          level: 'CENTRE_OF_EXCELLENCE',
          awardedOn: '2023-12-15',
          nextDueOn: '2026-12-15',
        },
        latestInspection: {
          inspectionId: 'I-140412-20230627-aaaaaa',
          framework: 'LEGACY',
          inspectedOn: '2023-06-27',
          overallEffectiveness: 'GOOD',
          safeguarding: 'EFFECTIVE',
        },
      },
    });
    const csv = schoolsCsv([school], '2026-11-23', names);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parse(csv, { bom: true, columns: false }) as string[][];
    const cells = Object.fromEntries((header ?? []).map((column, index) => [column, row?.[index]]));
    expect(cells).toMatchObject({
      Council: 'Knowsley',
      Trust: 'Dean Trust, The',
      'Award level': 'Centre of Excellence',
      'Award status': 'Due soon',
      'Legacy overall grade': 'Good',
      Safeguarding: 'Effective',
      'Status as at': '2026-11-23',
    });
  });

  it('keeps a formula in a school’s name or district as text, so a spreadsheet never runs it', () => {
    const school = newSchoolRecord({
      urn: '900001',
      name: '=HYPERLINK("https://evil.example","Click")',
      laCode: '340',
      administrativeDistrict: '@SUM(1+1)',
      postcode: '+44 123',
      type: '-2+3',
    });
    const [, row] = parse(schoolsCsv([school], '2026-11-23', names), { bom: true }) as string[][];
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
