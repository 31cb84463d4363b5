// The school census's pure rules: which day a census is, how a file's figures land on a school's held census, what a
// school adds to its council's tally, and the DfE's published column names.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { applyCensus, censusDayOfName, censusView, januaryCensusDay } from '../../functions/core/census.js';
import { censusSummaryOf, censusTally } from '../../functions/core/census-summary.js';
import { addTally } from '../../functions/core/inclusion-tally.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';
import { readSchoolCensus } from '../../functions/importer/parsers/school-census.js';

describe('the January census day', () => {
  it('is the third Thursday of January, as the DfE held it in 2022, 2023 and 2024', () => {
    expect([2022, 2023, 2024].map(januaryCensusDay)).toEqual(['2022-01-20', '2023-01-19', '2024-01-18']);
  });

  it('is read from a folder named for it, else the academic year in the file name', () => {
    expect(censusDayOfName('imports/school-census/2024-01-18/spc.csv')?.day).toBe('2024-01-18');
    expect(censusDayOfName('data/dfe/dfe_school_sen_2022-23_by_urn.csv.gz')?.day).toBe('2023-01-19');
    expect(censusDayOfName('spc_school_level_underlying_data_202324.csv')?.day).toBe('2024-01-18');
    expect(censusDayOfName('census.csv')).toBeNull();
    // Not an academic year: two years that do not follow each other.
    expect(censusDayOfName('report_2022-25.csv')).toBeNull();
  });
});

describe('a census file’s figures on a school', () => {
  const january2023 = { asAt: '2023-01-19', pupils: 200, senSupport: 30, ehcPlans: 4 };

  it('takes the figures the file carries and keeps the others of the same census', () => {
    expect(applyCensus(january2023, '2023-01-19', { fsmPercent: 21.5 })).toEqual({ ...january2023, fsmPercent: 21.5 });
  });

  it('holds a suppressed figure as unknown and names it, never as zero', () => {
    const next = applyCensus({ ...january2023, fsmPercent: 21.5 }, '2023-01-19', { fsmPercent: null });
    expect(next).toEqual({ ...january2023, suppressed: ['FSM_PERCENT'] });
    expect(censusView(next ?? undefined)?.fsmPercent).toBeNull();
  });

  it('starts afresh with a newer census and leaves a newer held census alone', () => {
    const held = { ...january2023, fsmPercent: 21.5 };
    expect(applyCensus(held, '2024-01-18', { pupils: 210 })).toEqual({ asAt: '2024-01-18', pupils: 210 });
    expect(applyCensus(held, '2022-01-20', { pupils: 190 })).toBeNull();
  });

  it('changes nothing when the figures are as held', () => {
    expect(applyCensus(january2023, '2023-01-19', { pupils: 200, senSupport: 30, ehcPlans: 4 })).toBeNull();
  });
});

describe('a council’s census from its tally', () => {
  it('sums schools with all three figures and weights FSM % by pupils', () => {
    const school = (urn: string, census: Parameters<typeof censusTally>[0]['census']) =>
      newSchoolRecord({ urn, name: urn, laCode: '340', ...(census ? { census } : {}) });
    const tally = { schools: 3 };
    addTally(tally, censusTally(school('100001', { asAt: '2023-01-19', pupils: 100, senSupport: 10, ehcPlans: 2 })));
    addTally(
      tally,
      censusTally(school('100002', { asAt: '2023-01-19', pupils: 300, senSupport: 60, ehcPlans: 9, fsmPercent: 40 })),
    );
    addTally(tally, censusTally(school('100003', undefined)));
    expect(censusSummaryOf(tally)).toEqual({
      asAt: '2023-01-19',
      periodLabel: 'January 2023 census',
      schoolCount: 3,
      schoolsWithFigures: 2,
      pupils: 400,
      senSupport: 70,
      senSupportPercent: 17.5,
      ehcPlans: 11,
      ehcPlanPercent: 2.8,
      schoolsWithFsm: 1,
      fsmPercent: 40,
    });
  });
});

describe('the DfE’s published column names', () => {
  const rows = async (text: string) => {
    const found = [];
    for await (const row of readSchoolCensus(Readable.from([Buffer.from(text)]), 'census_2022-23.csv')) found.push(row);
    return found;
  };

  it('reads the SEN release’s and the school characteristics release’s headers', async () => {
    expect(await rows('URN,Total pupils,SEN support,EHC plan\n140412,"1,072",126,37')).toEqual([
      { line: 2, value: { urn: '140412', figures: { pupils: 1072, senSupport: 126, ehcPlans: 37 } } },
    ]);
    expect(
      await rows('urn,headcount of pupils,% of pupils known to be eligible for free school meals\n118843,1472,2.4'),
    ).toEqual([{ line: 2, value: { urn: '118843', figures: { pupils: 1472, fsmPercent: 2.4 } } }]);
  });

  it('rejects a percentage over 100 with its line and reason', async () => {
    expect(await rows('urn,fsm_prop\n118843,102.5')).toEqual([
      { line: 2, reject: { line: 2, column: 'fsm_prop', reason: 'a percentage is from 0 to 100, got 102.5' } },
    ]);
  });
});
