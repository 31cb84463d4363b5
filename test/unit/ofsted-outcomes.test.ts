// Ofsted's outcomes file read as Ofsted states it; the facts are computed from the file itself in the test.
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfstedOutcomes } from '../../functions/core/ofsted-outcome.js';
import type { RowReject } from '../../functions/importer/parsers/csv-stream.js';
import { OFSTED_OUTCOME_COLUMNS, readOfstedOutcomes } from '../../functions/importer/parsers/ofsted-outcomes.js';

const FILE = 'data/ofsted/ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz';
type Raw = Record<string, string>;

let raw: Raw[];
const parsed = new Map<string, OfstedOutcomes>();
const rejects: RowReject[] = [];

async function readAll(source: Readable, name: string) {
  const outcomes: OfstedOutcomes[] = [];
  const refused: RowReject[] = [];
  for await (const row of readOfstedOutcomes(source, name)) {
    if ('value' in row) outcomes.push(row.value);
    else refused.push(row.reject);
  }
  return { outcomes, refused };
}

beforeAll(async () => {
  // Every row that names a school (the file ends with rows of empty cells).
  raw = (parse(gunzipSync(readFileSync(FILE)), { columns: true, bom: true }) as Raw[]).filter((row) => row.URN);
  const { outcomes, refused } = await readAll(createReadStream(FILE), FILE);
  for (const outcome of outcomes) parsed.set(outcome.urn, outcome);
  rejects.push(...refused);
}, 60_000);

const iso = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');
const GRADE: Record<string, string | null> = {
  1: 'OUTSTANDING',
  2: 'GOOD',
  3: 'REQUIRES_IMPROVEMENT',
  4: 'INADEQUATE',
};

describe('the national outcomes file', () => {
  it('reads every school in it, rejecting none', () => {
    expect(rejects).toEqual([]);
    expect(parsed.size).toBe(new Set(raw.map((row) => row.URN)).size);
    expect(parsed.size).toBeGreaterThan(20_000);
  });

  it('keeps each school’s standing graded outcome as the file states it, inherited where the file says so', () => {
    let inherited = 0;
    let notJudged = 0;
    for (const row of raw) {
      const outcome = parsed.get(row.URN ?? '');
      const latest = outcome?.latestGraded ?? null;
      if ((row['Inspection start date'] ?? '') === '') {
        expect(latest).toBeNull();
        continue;
      }
      expect(latest?.inspectedOn).toBe(iso(row['Inspection start date'] ?? ''));
      expect(latest?.overallEffectiveness ?? null).toBe(GRADE[row['Overall effectiveness'] ?? ''] ?? null);
      if (row['Does the latest graded inspection relate to the URN of the current school?'] === 'No') {
        inherited += 1;
        expect(latest).toMatchObject({ inherited: true, urn: row['URN at time of latest graded inspection'] });
      }
      if (row['Overall effectiveness'] === 'Not judged') notJudged += 1;
    }
    expect([...parsed.values()].filter((outcome) => outcome.latestGraded?.inherited).length).toBe(inherited);
    const withoutOverall = [...parsed.values()].filter(
      (outcome) => outcome.latestGraded && outcome.latestGraded.overallEffectiveness === null,
    );
    expect(withoutOverall.length).toBe(notJudged);
  });

  it('keeps later ungraded inspections apart, with their outcome in Ofsted’s words', () => {
    const withUngraded = raw.filter((row) => (row['Date of latest ungraded inspection'] ?? '') !== '');
    expect([...parsed.values()].filter((outcome) => outcome.latestUngraded).length).toBe(withUngraded.length);
    for (const row of withUngraded.slice(0, 500)) {
      expect(parsed.get(row.URN ?? '')?.latestUngraded).toMatchObject({
        inspectedOn: iso(row['Date of latest ungraded inspection'] ?? ''),
        outcome: row['Ungraded inspection overall outcome'],
        convertedToGraded: row['Did the latest ungraded inspection convert to a graded inspection?'] === 'Yes',
      });
    }
  });

  it('states the seed schools’ outcomes as their rows do', () => {
    const row = (urn: string) => raw.find((candidate) => candidate.URN === urn) as Raw;
    const milestone = parsed.get('137883');
    expect(milestone?.latestGraded).toMatchObject({
      inherited: true,
      urn: row('137883')['URN at time of latest graded inspection'],
      inspectedOn: iso(row('137883')['Inspection start date'] ?? ''),
    });
    expect(milestone?.latestUngraded?.outcome).toBe(row('137883')['Ungraded inspection overall outcome']);
    const lordDerby = parsed.get('140412');
    expect(lordDerby?.latestGraded?.inherited).toBe(false);
    expect(lordDerby?.previousGraded?.inspectedOn).toBe(iso(row('140412')['Previous inspection start date'] ?? ''));
    const concerns = raw.filter((candidate) => candidate['Category of concern'] === 'SM').length;
    const specialMeasures = [...parsed.values()].filter(
      (outcome) => outcome.latestGraded?.categoryOfConcern === 'SPECIAL_MEASURES',
    );
    expect(specialMeasures.length).toBe(concerns);
  });
});

describe('rows that do not make sense', () => {
  const header = OFSTED_OUTCOME_COLUMNS;
  const rowWith = (values: Record<string, string>) =>
    header.map((column) => JSON.stringify(values[column] ?? '')).join(',');
  const good = {
    URN: '100000',
    'School name': 'A school',
    'Local authority': 'Camden',
    'Inspection start date': '12/06/2024',
  };

  it.each([
    ['a bad URN', { ...good, URN: '12345' }, 'URN', /six-digit URN/],
    ['an impossible date', { ...good, 'Inspection start date': '31/02/2024' }, 'Inspection start date', /DD\/MM\/YYYY/],
    ['an unknown grade', { ...good, 'Overall effectiveness': '5' }, 'Overall effectiveness', /grade 1-4/],
    ['an unknown category of concern', { ...good, 'Category of concern': 'XX' }, 'Category of concern', /SM, SWK/],
    [
      'a yes/no that is neither',
      { ...good, 'Safeguarding is effective?': 'Maybe' },
      'Safeguarding is effective?',
      /Yes or No/,
    ],
  ])('rejects %s, naming the column, and reads the rows around it', async (_name, bad, column, reason) => {
    const csv = [header.map((name) => JSON.stringify(name)).join(','), rowWith(good), rowWith(bad), rowWith(good)].join(
      '\n',
    );
    const { outcomes, refused } = await readAll(Readable.from([Buffer.from(csv)]), 'hand-made.csv');
    expect(outcomes).toHaveLength(2);
    expect(refused).toEqual([{ line: 3, column, reason: expect.stringMatching(reason) }]);
  });

  it('refuses a file of another layout whole', async () => {
    const csv = 'URN,Name\n100000,A school\n';
    await expect(readAll(Readable.from([Buffer.from(csv)]), 'other.csv')).rejects.toThrow(
      /other.csv is not an Ofsted outcomes file: missing column\(s\) School name/,
    );
  });
});
