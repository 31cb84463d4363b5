import { describe, expect, it } from 'vitest';
import { awardPolicy } from '../../functions/core/award-policy.js';
import { awardStatus, nextDue } from '../../functions/core/award-status.js';
import { addCalendarDays } from '../../functions/core/calendar.js';
import type { AwardRecord } from '../../functions/core/records.js';

const award = (overrides: Partial<AwardRecord>): AwardRecord => ({
  id: 'A-140412-20230615-t1',
  urn: '140412',
  level: 'CENTRE_OF_EXCELLENCE',
  assessedOn: '2023-06-13',
  awardedOn: '2023-06-15',
  elements: [],
  reviews: [],
  provenance: 'ILLUSTRATIVE',
  version: 1,
  ...overrides,
});

describe('next due date', () => {
  it('puts a Centre of Excellence review on each anniversary of the award', () => {
    expect(nextDue(award({}))).toEqual({ dueOn: '2024-06-15', kind: 'ANNUAL_REVIEW' });
    const reviewed = award({ reviews: [{ reviewedOn: '2024-06-10', provenance: 'REAL' }] });
    expect(nextDue(reviewed)).toEqual({ dueOn: '2025-06-15', kind: 'ANNUAL_REVIEW' });
  });

  it('reassesses an Inclusive School Award after its three-year validity', () => {
    expect(nextDue(award({ level: 'INCLUSIVE_SCHOOL_AWARD', awardedOn: '2015-07-01' }))).toEqual({
      dueOn: '2018-07-01',
      kind: 'REASSESSMENT',
    });
  });

  it('keeps a 29 February award due on 28 February in common years', () => {
    expect(nextDue(award({ awardedOn: '2024-02-29' }))?.dueOn).toBe('2025-02-28');
  });

  it('has nothing due once an award is withdrawn or superseded', () => {
    expect(nextDue(award({ withdrawnOn: '2024-01-01' }))).toBeNull();
    expect(nextDue(award({ supersededOn: '2024-01-01' }))).toBeNull();
  });
});

describe('award status on each boundary day', () => {
  const due = '2024-06-15';
  const grace = awardPolicy.levels.CENTRE_OF_EXCELLENCE.graceDays;
  const cases: [string, string][] = [
    [addCalendarDays(due, -(awardPolicy.dueSoonDays + 1)), 'CURRENT'],
    [addCalendarDays(due, -awardPolicy.dueSoonDays), 'DUE_SOON'],
    [addCalendarDays(due, -1), 'DUE_SOON'],
    [due, 'DUE'],
    [addCalendarDays(due, 1), 'OVERDUE'],
    [addCalendarDays(due, grace), 'OVERDUE'],
    [addCalendarDays(due, grace + 1), 'LAPSED'],
  ];
  it.each(cases)('on %s the award is %s', (today, expected) => {
    expect(awardStatus(award({}), today)).toBe(expected);
  });

  it('reports WITHDRAWN from the withdrawal day, not before', () => {
    const withdrawn = award({ withdrawnOn: '2024-01-10' });
    expect(awardStatus(withdrawn, '2024-01-09')).toBe('CURRENT');
    expect(awardStatus(withdrawn, '2024-01-10')).toBe('WITHDRAWN');
  });
});
