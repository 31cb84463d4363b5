// The change events each source states, derived purely from before and after: stable ids, trust moves, grade and
// concern moves, and the reminder job's states once per award, due date and state.
import { describe, expect, it } from 'vitest';
import {
  changeQueryFromArgs,
  flagChanges,
  importOrigin,
  inspectionChanges,
  mutationOrigin,
  schoolFactChanges,
} from '../../functions/core/change-feed.js';
import type { InspectionSummaryEntry, SchoolRecord } from '../../functions/core/records.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';

const origin = importOrigin('gias-groups', 'gias_academies_group_membership_2025-09.csv.gz', '2026-11-23T09:00:00Z');
const school = (facts: Partial<SchoolRecord> = {}): SchoolRecord => ({
  ...newSchoolRecord({ urn: '140412', name: 'Lord Derby Academy', laCode: '340' }),
  ...facts,
});
const names = (uid: string) => ({ '2864': 'Dean Trust, The', '3725': 'Another Trust' })[uid];
const graded = (id: string, on: string, grade: InspectionSummaryEntry['overallEffectiveness'], extra = {}) =>
  ({
    inspectionId: id,
    urn: '140412',
    framework: 'LEGACY',
    inspectedOn: on,
    overallEffectiveness: grade,
    ...extra,
  }) as InspectionSummaryEntry;

describe('change events', () => {
  it('give the same change the same id however often it is derived, and another change another id', () => {
    const before = school({ trustUid: '3725' });
    const after = school({ trustUid: '2864', trustJoinedOn: '2025-09-01' });
    const first = schoolFactChanges(before, after, origin, names);
    const again = schoolFactChanges(before, after, { ...origin, recordedAt: '2027-01-01T00:00:00Z' }, names);
    expect(again.map((change) => change.id)).toEqual(first.map((change) => change.id));
    expect(new Set(first.map((change) => change.id)).size).toBe(2);
    expect(first.every((change) => /^[0-9a-f]{20}$/.test(change.id))).toBe(true);
  });

  it('state a move between trusts as a leave from one and a join of the other, on the joined date', () => {
    const changes = schoolFactChanges(
      school({ trustUid: '3725' }),
      school({ trustUid: '2864', trustJoinedOn: '2025-09-01' }),
      origin,
      names,
    );
    expect(changes.map(({ kind, trustUid, happenedOn, summary }) => ({ kind, trustUid, happenedOn, summary }))).toEqual(
      [
        {
          kind: 'LEFT_TRUST',
          trustUid: '3725',
          happenedOn: '2025-09-01',
          summary: 'Left Another Trust for Dean Trust, The',
        },
        {
          kind: 'JOINED_TRUST',
          trustUid: '2864',
          happenedOn: '2025-09-01',
          summary: 'Joined Dean Trust, The from Another Trust',
        },
      ],
    );
    expect(changes[0]?.source).toEqual({
      name: 'gias-groups',
      file: 'gias_academies_group_membership_2025-09.csv.gz',
      asAt: '2025-09',
    });
  });

  it('say nothing of facts that did not change', () => {
    const held = school({ trustUid: '2864', trustJoinedOn: '2014-02-01', openedOn: '2014-02-01' });
    expect(schoolFactChanges(held, { ...held, version: 2 }, origin, names)).toEqual([]);
  });

  it('move the grade from the previous graded outcome, and enter and leave a category of concern', () => {
    const change = mutationOrigin({
      actor: 'ofsted-import',
      action: 'importOfstedOutcomes',
      at: '2026-01-01T00:00:00Z',
    });
    const entered = inspectionChanges(
      school(),
      { latestInspection: graded('I-1', '2019-04-24', 'GOOD') },
      { latestInspection: graded('I-2', '2023-06-27', 'INADEQUATE', { categoryOfConcern: 'SPECIAL_MEASURES' }) },
      change,
    );
    expect(entered.map(({ kind, from, to }) => [kind, from, to])).toEqual([
      ['INSPECTED', undefined, 'Inadequate'],
      ['GRADE_MOVED', 'Good', 'Inadequate'],
      ['CONCERN_ENTERED', undefined, 'Special measures'],
    ]);
    const left = inspectionChanges(
      school(),
      { latestInspection: graded('I-2', '2023-06-27', 'INADEQUATE', { categoryOfConcern: 'SPECIAL_MEASURES' }) },
      { latestInspection: graded('I-3', '2025-03-04', 'REQUIRES_IMPROVEMENT', { safeguarding: 'NOT_EFFECTIVE' }) },
      change,
    );
    expect(left.map(({ kind }) => kind)).toEqual([
      'INSPECTED',
      'GRADE_MOVED',
      'CONCERN_LEFT',
      'SAFEGUARDING_NOT_EFFECTIVE',
    ]);
  });

  it('leave an outcome inherited from a predecessor to the predecessor’s feed', () => {
    const inherited = graded('I-9', '2012-01-01', 'GOOD', { urn: '135476' });
    expect(inspectionChanges(school(), {}, { latestInspection: inherited }, origin)).toEqual([]);
  });

  it('record the job’s award state once per award, due date and state, whatever the day it runs', () => {
    const awarded = school({
      summary: {
        award: { awardId: 'A-140412-20231215-3f9a1c', level: 'CENTRE_OF_EXCELLENCE', awardedOn: '2023-12-15' },
      },
    });
    const flag = { awardId: 'A-140412-20231215-3f9a1c', before: 'CURRENT', after: 'DUE_SOON' } as const;
    const job = mutationOrigin({ actor: 'beacon-reassessment', action: 'flagAwardStatus', at: '2026-11-23T06:00:00Z' });
    const [monday] = flagChanges(awarded, flag, '2026-12-15', '2026-11-23', job);
    const [tuesday] = flagChanges(awarded, flag, '2026-12-15', '2026-11-24', job);
    expect(monday).toMatchObject({ kind: 'AWARD_DUE_SOON', public: false, to: '2026-12-15' });
    expect(tuesday?.id).toBe(monday?.id);
    expect(flagChanges(awarded, { ...flag, after: 'CURRENT' }, '2026-12-15', '2026-11-23', job)).toEqual([]);
  });

  it('refuse a since after until, an unknown kind and a page over 100 before any read', () => {
    expect(() => changeQueryFromArgs({ since: '2025-02-01', until: '2025-01-01' }, false)).toThrow(/is after until/);
    expect(() => changeQueryFromArgs({ kinds: ['RENAMED'] }, false)).toThrow(/"RENAMED" is not a kind of change/);
    expect(() => changeQueryFromArgs({ first: 101 }, false)).toThrow(/first must be a whole number from 0 to 100/);
    expect(changeQueryFromArgs({ kinds: ['INSPECTED', 'INSPECTED'] }, true)).toEqual({
      first: 20,
      withScoped: true,
      kinds: ['INSPECTED'],
    });
  });
});
