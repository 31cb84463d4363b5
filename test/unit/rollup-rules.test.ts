// The pure rules behind the kept rollups: what a school adds to a tally, what a tally says on a given day, and the
// compact listing a list is filtered and sorted from.
import { type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { summaryOfTally } from '../../functions/core/inclusion-summary.js';
import { addTally, sumTallies, tallyChange, tallyOf } from '../../functions/core/inclusion-tally.js';
import type { SchoolRecord } from '../../functions/core/records.js';
import { decodeListing, encodeListing, listingOf } from '../../functions/core/school-listing.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';
import { selectsPath } from '../../functions/graphql/selection.js';

const school = (urn: string, summary: SchoolRecord['summary']): SchoolRecord => ({
  ...newSchoolRecord({ urn, name: `School ${urn}`, laCode: '340', trustUid: '2864', phase: 'Primary' }),
  summary,
});

const awarded = (urn: string, level: 'INCLUSIVE_SCHOOL_AWARD' | 'CENTRE_OF_EXCELLENCE', nextDueOn: string) =>
  school(urn, { award: { awardId: `A-${urn}-20200101-a`, level, awardedOn: '2020-01-01', nextDueOn } });

describe('a tally', () => {
  it('works out award statuses on the day it is read, from each award’s level and due date', () => {
    const tally = sumTallies(
      [
        awarded('100001', 'INCLUSIVE_SCHOOL_AWARD', '2027-01-10'), // 48 days: due soon
        awarded('100002', 'CENTRE_OF_EXCELLENCE', '2026-12-01'), // 8 days: due soon
        awarded('100003', 'INCLUSIVE_SCHOOL_AWARD', '2026-09-01'), // 83 days past: overdue
        awarded('100004', 'INCLUSIVE_SCHOOL_AWARD', '2023-01-01'), // lapsed
        school('100005', { activePartnerAgencyIds: ['knowsley-send'] }),
      ].map(tallyOf),
    );
    const summary = summaryOfTally(tally, '2026-11-23');
    expect(summary.schoolCount).toBe(5);
    expect(summary.withStandingAward).toBe(3);
    expect(summary.byAwardStatus.filter((entry) => entry.count > 0)).toEqual([
      { status: 'DUE_SOON', count: 2 },
      { status: 'OVERDUE', count: 1 },
      { status: 'LAPSED', count: 1 },
    ]);
    expect([summary.dueWithin30Days, summary.dueWithin90Days, summary.overdue]).toEqual([1, 2, 1]);
    expect(summary.withoutPartnerAgency).toBe(4);
    expect(summary.inspectionOutcomes.neverInspected).toBe(5);
    // A year on, the same tally says the soon-due awards have lapsed or fallen overdue.
    expect(summaryOfTally(tally, '2027-11-23').withStandingAward).toBe(0);
  });

  it('changes by the difference of one school’s before and after, and nothing when the school did not change', () => {
    const before = awarded('100001', 'INCLUSIVE_SCHOOL_AWARD', '2027-01-10');
    const after = awarded('100001', 'CENTRE_OF_EXCELLENCE', '2027-06-01');
    expect(tallyChange(tallyOf(before), tallyOf(after))).toEqual({
      'award|INCLUSIVE_SCHOOL_AWARD|2027-01-10': -1,
      'award|CENTRE_OF_EXCELLENCE|2027-06-01': 1,
    });
    expect(tallyChange(tallyOf(before), tallyOf(before))).toEqual({});
    const kept = addTally(tallyOf(before), tallyChange(tallyOf(before), tallyOf(after)));
    expect(summaryOfTally(kept, '2026-11-23')).toEqual(summaryOfTally(tallyOf(after), '2026-11-23'));
  });
});

describe('a listing', () => {
  it('comes back from its compact text as it went in, missing facts included', () => {
    const full = listingOf({
      ...awarded('140412', 'CENTRE_OF_EXCELLENCE', '2026-12-15'),
      type: 'Academy converter',
      census: { asAt: '2023-01-19', pupils: 1072, senSupport: 126, ehcPlans: 37, fsmPercent: 50 },
      summary: {
        award: { awardId: 'A', level: 'CENTRE_OF_EXCELLENCE', awardedOn: '2023-12-15', nextDueOn: '2026-12-15' },
        activePartnerAgencyIds: ['knowsley-send'],
        latestInspection: {
          inspectionId: 'I-140412-20230615-x',
          framework: 'LEGACY',
          inspectedOn: '2023-06-15',
          overallEffectiveness: 'GOOD',
          safeguarding: 'NOT_EFFECTIVE',
        },
      },
    });
    const bare = listingOf(school('100009', {}));
    for (const listing of [full, bare]) expect(decodeListing(listing.urn, encodeListing(listing))).toEqual(listing);
    expect(full).toMatchObject({ legacyGrade: 'GOOD', safeguardingConcern: true, partnered: true });
    expect(full.census).toEqual({ senSupport: 11.8, ehcPlan: 3.5, fsm: 50 });
    expect(encodeListing(full).length).toBeLessThan(160);
  });
});

describe('reading ahead only what a query shows', () => {
  const infoOf = (query: string) => {
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const field = operation.selectionSet.selections[0] as FieldNode;
    const fragments = Object.fromEntries(
      document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === 'FragmentDefinition')
        .map((fragment) => [fragment.name.value, fragment]),
    );
    return { fieldNodes: [field], fragments };
  };
  const path = ['edges', 'node', 'trust'];

  it('sees a field selected directly, through a fragment or an inline fragment, and not when it is absent', () => {
    expect(selectsPath(infoOf('{ schools { edges { node { trust { name } } } } }'), path)).toBe(true);
    expect(
      selectsPath(infoOf('{ schools { edges { ...E } } } fragment E on SchoolEdge { node { trust { uid } } }'), path),
    ).toBe(true);
    expect(selectsPath(infoOf('{ schools { edges { node { ... on School { trust { uid } } } } } }'), path)).toBe(true);
    expect(selectsPath(infoOf('{ schools { edges { node { urn name } } totalCount } }'), path)).toBe(false);
    expect(selectsPath(infoOf('{ schools { totalCount } }'), ['totalCount'])).toBe(true);
  });
});
