import { describe, expect, it } from 'vitest';
import { grantFromInput } from '../../functions/core/award-input.js';
import type { AwardRecord } from '../../functions/core/records.js';
import { IQM_ELEMENTS } from '../../functions/core/vocabulary.js';

const centreOfExcellence: AwardRecord = {
  id: 'A-137883-20210601-aaaaaa',
  urn: '137883',
  level: 'CENTRE_OF_EXCELLENCE',
  assessedOn: '2021-06-01',
  awardedOn: '2021-06-01',
  elements: [],
  reviews: [
    { reviewedOn: '2023-05-20', provenance: 'REAL' },
    { reviewedOn: '2022-05-20', provenance: 'REAL' },
  ],
  provenance: 'REAL',
  version: 3,
};

const flagshipOn = (date: string) => ({
  urn: '137883',
  level: 'FLAGSHIP_SCHOOL',
  assessedOn: date,
  assessor: 'A. Assessor',
  visitDays: 2,
  elements: Object.keys(IQM_ELEMENTS).map((element) => ({ element })),
});

const id = (urn: string, date: string) => `A-${urn}-${date.replaceAll('-', '')}-test01`;

describe('a Flagship School needs three years as a Centre of Excellence', () => {
  it('is refused the day before the third anniversary', () => {
    expect(() => grantFromInput(flagshipOn('2024-05-31'), '2026-11-23', id).apply([centreOfExcellence])).toThrow(
      /needs a standing CENTRE_OF_EXCELLENCE award held for at least 3 years; this school has none on 2024-05-31/,
    );
  });

  it('is granted on the third anniversary, superseding the Centre of Excellence', () => {
    const granted = grantFromInput(flagshipOn('2024-06-01'), '2026-11-23', id).apply([centreOfExcellence]);
    expect(granted.award).toMatchObject({ level: 'FLAGSHIP_SCHOOL', awardedOn: '2024-06-01', version: 1 });
    expect(granted.superseded).toEqual([{ ...centreOfExcellence, supersededOn: '2024-06-01', version: 4 }]);
  });

  it('is refused when the Centre of Excellence has lapsed by then, however long ago it was granted', () => {
    const unreviewed = { ...centreOfExcellence, reviews: [] };
    expect(() => grantFromInput(flagshipOn('2024-06-01'), '2026-11-23', id).apply([unreviewed])).toThrow(
      /needs a standing CENTRE_OF_EXCELLENCE/,
    );
  });
});
