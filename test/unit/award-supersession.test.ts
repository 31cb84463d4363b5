// The one supersession rule by level and date, whichever award is recorded first.
import { describe, expect, it } from 'vitest';
import { grantFromInput, reviewFromInput } from '../../functions/core/award-input.js';
import { awardStatus } from '../../functions/core/award-status.js';
import type { AwardRecord } from '../../functions/core/records.js';
import { awardSummary } from '../../functions/core/school-summary.js';
import type { AwardLevel } from '../../functions/core/vocabulary.js';
import { IQM_ELEMENTS } from '../../functions/core/vocabulary.js';

const TODAY = '2026-11-23';
const id = (urn: string, date: string) => `A-${urn}-${date.replaceAll('-', '')}-new001`;

const held = (level: AwardLevel, awardedOn: string, extra: Partial<AwardRecord> = {}): AwardRecord => ({
  id: `A-100001-${awardedOn.replaceAll('-', '')}-held01`,
  urn: '100001',
  level,
  assessedOn: awardedOn,
  awardedOn,
  elements: [],
  reviews: [],
  provenance: 'REAL',
  version: 1,
  ...extra,
});

/** A Centre of Excellence of 2024-01-10 kept by its annual reviews: it stands today. */
const centre = held('CENTRE_OF_EXCELLENCE', '2024-01-10', {
  reviews: [
    { reviewedOn: '2025-12-20', provenance: 'REAL' },
    { reviewedOn: '2024-12-20', provenance: 'REAL' },
  ],
  version: 3,
});

const grant = (level: AwardLevel, assessedOn: string, existing: AwardRecord[]) =>
  grantFromInput(
    {
      urn: '100001',
      level,
      assessedOn,
      assessor: 'A. Assessor',
      visitDays: 1,
      elements: Object.keys(IQM_ELEMENTS).map((element) => ({ element })),
    },
    TODAY,
    id,
  ).apply(existing);

describe('an award outranked by one the school holds', () => {
  it('records a back-dated Inclusive School Award as superseded from the Centre of Excellence’s date', () => {
    const placed = grant('INCLUSIVE_SCHOOL_AWARD', '2023-03-01', [centre]);
    expect(placed.award).toMatchObject({ level: 'INCLUSIVE_SCHOOL_AWARD', supersededOn: '2024-01-10', version: 1 });
    expect(awardStatus(placed.award, TODAY)).toBe('SUPERSEDED');
    expect(placed.supersededBy?.id).toBe(centre.id);
    expect(placed.superseded).toEqual([]);
    expect(awardSummary([centre, placed.award])?.awardId).toBe(centre.id);
  });

  it('records a lower award granted while a Centre of Excellence stands as superseded on its own day', () => {
    const placed = grant('INCLUSIVE_SCHOOL_AWARD', '2025-02-01', [centre]);
    expect(placed.award.supersededOn).toBe('2025-02-01');
    expect(awardStatus(placed.award, TODAY)).toBe('SUPERSEDED');
    expect(placed.superseded).toEqual([]);
  });

  it('records a back-dated award of the same level as superseded by the later one, if it still stood then', () => {
    const later = held('INCLUSIVE_SCHOOL_AWARD', '2025-06-01');
    const placed = grant('INCLUSIVE_SCHOOL_AWARD', '2023-01-15', [later]);
    expect(placed.award.supersededOn).toBe('2025-06-01');
    expect(placed.superseded).toEqual([]);
  });

  it('leaves a back-dated award that had lapsed before the later one was granted as lapsed, not superseded', () => {
    const later = held('INCLUSIVE_SCHOOL_AWARD', '2025-06-01');
    const placed = grant('INCLUSIVE_SCHOOL_AWARD', '2018-01-15', [later]);
    expect(placed.award.supersededOn).toBeUndefined();
    expect(awardStatus(placed.award, TODAY)).toBe('LAPSED');
  });
});

describe('an award that outranks one the school holds', () => {
  it('supersedes a standing award of the same or a lower level granted before it, on its own award date', () => {
    const isa = held('INCLUSIVE_SCHOOL_AWARD', '2022-05-01');
    const placed = grant('CENTRE_OF_EXCELLENCE', '2024-04-01', [isa]);
    expect(placed.award.supersededOn).toBeUndefined();
    expect(placed.superseded).toEqual([{ ...isa, supersededOn: '2024-04-01', version: 2 }]);
  });

  it('supersedes a lower award granted after it while it stood, from that award’s own date', () => {
    const isa = held('INCLUSIVE_SCHOOL_AWARD', '2024-06-01');
    const placed = grant('CENTRE_OF_EXCELLENCE', '2024-02-01', [isa]);
    expect(placed.superseded).toEqual([{ ...isa, supersededOn: '2024-06-01', version: 2 }]);
  });

  it('moves an older award’s supersession earlier when a back-dated award replaced it first', () => {
    const first = held('INCLUSIVE_SCHOOL_AWARD', '2021-01-10', { supersededOn: '2024-01-10', version: 2 });
    const placed = grant('INCLUSIVE_SCHOOL_AWARD', '2022-03-01', [first, centre]);
    expect(placed.award.supersededOn).toBe('2024-01-10');
    expect(placed.superseded).toEqual([{ ...first, supersededOn: '2022-03-01', version: 3 }]);
  });
});

describe('an annual review that keeps an award standing beside one that outranks it', () => {
  it('closes the reviewed award from the day the outranking award was granted', () => {
    const early = held('CENTRE_OF_EXCELLENCE', '2022-01-10', {
      id: 'A-100001-20220110-early1',
      reviews: [{ reviewedOn: '2023-01-05', provenance: 'REAL' }],
      version: 2,
    });
    const later = held('CENTRE_OF_EXCELLENCE', '2024-03-01');
    const review = reviewFromInput(
      { awardId: early.id, reviewedOn: '2024-01-05', assessor: 'A. Assessor', summary: 'Reviewed' },
      TODAY,
    );
    const placed = review.apply(early, [early, later]);
    expect(placed.award).toMatchObject({ supersededOn: '2024-03-01', version: 3 });
    expect(placed.award.reviews).toHaveLength(2);
  });
});
