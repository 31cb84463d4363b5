// Adding inspections in bulk: each goes to the URN it was made under, and the summaries of every school descended
// from it (across generations) keep the standing graded outcome apart from a later ungraded visit.
import { describe, expect, it } from 'vitest';
import { addInspections } from '../../functions/core/inspection-lineage.js';
import type { LegacyInspectionRecord, SchoolRecord } from '../../functions/core/records.js';
import { newSchoolRecord } from '../../functions/core/school-record.js';

const link = (urn: string, linkType: string) => ({ urn, name: `School ${urn}`, linkType });
const schools = new Map<string, SchoolRecord>(
  [
    newSchoolRecord({
      urn: '100001',
      name: 'A',
      laCode: '340',
      closedOn: '2012-08-31',
      successors: [link('100002', 'Successor')],
    }),
    newSchoolRecord({
      urn: '100002',
      name: 'B',
      laCode: '340',
      closedOn: '2018-08-31',
      predecessors: [link('100001', 'Predecessor')],
      successors: [link('100003', 'Successor')],
    }),
    newSchoolRecord({ urn: '100003', name: 'C', laCode: '340', predecessors: [link('100002', 'Predecessor')] }),
  ].map((school) => [school.urn, school]),
);

const inspection = (urn: string, inspectedOn: string, type: 'GRADED' | 'UNGRADED'): LegacyInspectionRecord => ({
  id: `I-${urn}-${inspectedOn.replaceAll('-', '')}-${type === 'GRADED' ? 'ofstedg' : 'ofstedu'}`,
  urn,
  framework: 'LEGACY',
  type,
  inspectedOn,
  judgements: [],
  ...(type === 'GRADED' ? { overallEffectiveness: 'GOOD' as const } : { outcome: 'Standards maintained' }),
  provenance: 'REAL',
});

describe('addInspections', () => {
  it('gives a grandparent’s graded inspection to every later school, as inherited from its URN', () => {
    const { changed, added } = addInspections(schools, [inspection('100001', '2011-05-10', 'GRADED')]);
    expect(added).toHaveLength(1);
    expect([...changed.keys()].sort()).toEqual(['100001', '100002', '100003']);
    expect(changed.get('100003')?.summary.latestInspection).toMatchObject({ urn: '100001', inspectedOn: '2011-05-10' });
    expect(changed.get('100001')?.inspectionIds).toEqual(['I-100001-20110510-ofstedg']);
    expect(changed.get('100003')?.inspectionIds).toEqual([]);
    expect(changed.get('100003')?.version).toBe((schools.get('100003')?.version ?? 0) + 1);
  });

  it('keeps a later ungraded visit apart, ignores an older one, and counts a repeat as unchanged', () => {
    const graded = inspection('100003', '2022-03-01', 'GRADED');
    const { changed, added, unchanged } = addInspections(schools, [
      graded,
      inspection('100003', '2024-06-04', 'UNGRADED'),
      inspection('100003', '2019-01-15', 'UNGRADED'),
      { ...graded, id: 'I-100003-20220301-abc123' },
    ]);
    expect(added).toHaveLength(3);
    expect(unchanged).toHaveLength(1);
    const summary = changed.get('100003')?.summary;
    expect(summary?.latestInspection).toMatchObject({ inspectedOn: '2022-03-01', overallEffectiveness: 'GOOD' });
    expect(summary?.ungradedSince).toMatchObject({ inspectedOn: '2024-06-04', outcome: 'Standards maintained' });
  });
});
