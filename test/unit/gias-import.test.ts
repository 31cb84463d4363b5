import { beforeAll, describe, expect, it } from 'vitest';
import type { SchoolRecord } from '../../functions/core/records.js';
import { GiasCsvError, type GiasFiles, type GiasImport, parseGias, readGiasDir } from '../../local/seed/gias-seed.js';
import { GIAS_DATA_DIR } from '../../local/seed/seed.js';

let files: GiasFiles;
let imported: GiasImport;
const school = (urn: string): SchoolRecord | undefined => imported.schools.find((record) => record.urn === urn);

beforeAll(() => {
  files = readGiasDir(GIAS_DATA_DIR);
  imported = parseGias(files);
});

/** The real files with one of them replaced by the given text. */
function withFile(key: keyof GiasFiles, text: string, encoding: BufferEncoding = 'utf8'): GiasFiles {
  return { ...files, [key]: Buffer.from(text, encoding) };
}

describe('GIAS import for the default LAs (Knowsley, Tower Hamlets, Kent, Hertfordshire)', () => {
  it('imports every PP50 school of each LA as an open school', () => {
    const open = imported.schools.filter((record) => !record.closedOn);
    const count = (laCode: string) => open.filter((record) => record.laCode === laCode).length;
    expect({
      knowsley: count('340'),
      towerHamlets: count('211'),
      kent: count('886'),
      hertfordshire: count('919'),
    }).toEqual({
      knowsley: 51,
      towerHamlets: 85,
      kent: 324,
      hertfordshire: 171,
    });
    expect(open).toHaveLength(631);
  });

  it('parses Lord Derby Academy with its Dean Trust membership and its predecessor', () => {
    expect(school('140412')).toMatchObject({
      name: 'Lord Derby Academy',
      laCode: '340',
      trustUid: '2864',
      phase: 'Secondary',
      type: 'Academy sponsor led',
      postcode: 'L36 6DG',
      town: 'Liverpool',
      openedOn: '2014-02-01',
      provenance: 'REAL',
      version: 1,
      inspectionIds: [],
      awardIds: [],
      partnershipIds: [],
      summary: {},
      predecessors: [
        {
          urn: '135476',
          name: 'Huyton Arts & Sports Centre for Learning (Community)',
          linkType: 'Predecessor',
          linkedOn: '2013-11-20',
        },
      ],
    });
    expect(school('140412')?.source).toContain('schools_pp50_autumn_2025.csv');
  });

  it('keeps a converted school’s predecessor as a closed school in the same LA', () => {
    expect(school('143630')?.predecessors.map((link) => link.urn)).toEqual(['131598']);
    expect(school('131598')).toMatchObject({
      name: 'Ian Mikardo School',
      laCode: '211',
      openedOn: '1997-04-01',
      closedOn: '2018-01-31',
      successors: [{ urn: '143630', linkType: 'Successor' }],
    });
    expect(school('131598')?.source).toContain('laCode assumed');
  });

  it('gives every closed predecessor a close date and never duplicates an open school', () => {
    const closed = imported.schools.filter((record) => record.closedOn);
    expect(closed.length).toBeGreaterThan(300);
    expect(new Set(imported.schools.map((record) => record.urn)).size).toBe(imported.schools.length);
    // Folkestone Academy was split but is itself still a PP50 school: it stays open.
    expect(school('145420')?.closedOn).toBeUndefined();
  });

  it('imports all 153 current LAs with their ONS codes, and no pre-reorganisation ones', () => {
    expect(imported.localAuthorities).toHaveLength(153);
    expect(imported.localAuthorities.find((la) => la.code === '886')).toEqual({
      code: '886',
      name: 'Kent',
      onsCode: 'E10000016',
    });
    expect(imported.localAuthorities.some((la) => la.name.startsWith('Pre'))).toBe(false);
  });

  it('imports only the trusts the schools belong to, saying when membership was inferred', () => {
    expect(imported.trusts.map((trust) => [trust.uid, trust.groupId, trust.name, trust.type])).toEqual([
      ['2864', 'TR00637', 'Dean Trust, The', 'MULTI_ACADEMY_TRUST'],
      ['3725', 'TR01302', 'Leigh Academies Trust', 'MULTI_ACADEMY_TRUST'],
    ]);
    expect(school('137883')).toMatchObject({
      trustUid: '3725',
      phase: 'All-through',
      administrativeDistrict: 'Sevenoaks',
    });
    expect(school('137883')?.source).toContain('inferred from the GIAS name');
    expect(school('117231')).toMatchObject({ phase: 'Primary', type: 'Community school' });
    expect(school('117231')?.trustUid).toBeUndefined();
  });

  it('seeds another LA on request', () => {
    const knowsleyOnly = parseGias(files, { laCodes: ['340'] });
    expect(knowsleyOnly.schools.filter((record) => !record.closedOn)).toHaveLength(51);
    expect(knowsleyOnly.trusts.map((trust) => trust.uid)).toEqual(['2864']);
  });
});

describe('GIAS file errors', () => {
  const pp50Header = 'URN,Local Authority,School name,School type,Administrative district\n';

  it('names the file and line of a row with a malformed URN', () => {
    const text =
      `${pp50Header}140412,Knowsley,Lord Derby Academy,Academy sponsor ` +
      `led,Knowsley\n14041,Knowsley,Bad,Community school,Knowsley\n`;
    expect(() => parseGias(withFile('pp50', text))).toThrow(GiasCsvError);
    expect(() => parseGias(withFile('pp50', text))).toThrow(
      /^schools_pp50_autumn_2025\.csv line 3: column "URN" "14041"/,
    );
  });

  it('names the file and line of a row with too many fields', () => {
    const text = `${pp50Header}140412,Knowsley,Lord Derby Academy,Academy sponsor led,Knowsley,extra\n`;
    expect(() => parseGias(withFile('pp50', text))).toThrow(/^schools_pp50_autumn_2025\.csv line 2: /);
  });

  it('warns about a PP50 LA name that matches no current LA and skips its schools', () => {
    const text =
      `${pp50Header}140412,Knowsley,Lord Derby Academy,Academy sponsor ` +
      `led,Knowsley\n999999,Atlantis,Sunken School,Community school,Atlantis\n`;
    const result = parseGias(withFile('pp50', text), { laCodes: ['340'] });
    expect(result.warnings).toContain('LA name "Atlantis" matches no current LA; its schools are skipped');
    expect(result.schools.some((record) => record.urn === '999999')).toBe(false);
  });

  it('rejects an impossible date in the links file', () => {
    const text =
      '"URN","LinkURN","LinkName","LinkType","LinkEstablishedDate"\r\n140412,135476,"X","Predecessor","31-02-2013"\r\n';
    expect(() => parseGias(withFile('links', text, 'latin1'))).toThrow(
      'gias_links_edubasealldata20250422.csv line 2: column "LinkEstablishedDate" "31-02-2013": expected a ' +
        'DD-MM-YYYY date',
    );
  });

  it('rejects a file whose header is not the published one', () => {
    expect(() => parseGias(withFile('trusts', 'UID,Name\n2864,Dean Trust\n'))).toThrow(
      /^gias_academy_trusts_2016-11-22\.csv line 1: unexpected header/,
    );
  });

  it('decodes the links file as Windows-1252, as GIAS publishes it', () => {
    const header = Buffer.from('"URN","LinkURN","LinkName","LinkType","LinkEstablishedDate"\r\n', 'latin1');
    // 0x92 is the Windows-1252 right single quote.
    const row = Buffer.concat([
      Buffer.from('140412,135476,"St Mary', 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('s","Predecessor","20-11-2013"\r\n', 'latin1'),
    ]);
    const result = parseGias({ ...files, links: Buffer.concat([header, row]) }, { laCodes: ['340'] });
    expect(result.schools.find((record) => record.urn === '140412')?.predecessors[0]?.name).toBe('St Mary’s');
  });
});
