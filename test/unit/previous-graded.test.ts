// The school summary keeps the graded outcome before the standing one, whatever order the inspections arrive in,
// and the key judgements, so a list shows both without reading the inspections.
import { describe, expect, it } from 'vitest';
import type { LegacyInspectionRecord, SchoolSummary } from '../../functions/core/records.js';
import { withInspection } from '../../functions/core/school-summary.js';

const graded = (inspectedOn: string, grade?: 'GOOD' | 'REQUIRES_IMPROVEMENT'): LegacyInspectionRecord => ({
  id: `I-100001-${inspectedOn.replaceAll('-', '')}-g`,
  urn: '100001',
  framework: 'LEGACY',
  type: 'GRADED',
  inspectedOn,
  ...(grade ? { overallEffectiveness: grade } : {}),
  judgements: [{ area: 'QUALITY_OF_EDUCATION', grade: 'REQUIRES_IMPROVEMENT' }],
  safeguarding: 'EFFECTIVE',
  provenance: 'REAL',
});

const ungraded = (inspectedOn: string): LegacyInspectionRecord => ({
  ...graded(inspectedOn),
  id: `I-100001-${inspectedOn.replaceAll('-', '')}-u`,
  type: 'UNGRADED',
  judgements: [],
  outcome: 'Standards maintained',
});

const take = (inspections: LegacyInspectionRecord[]) =>
  inspections.reduce<SchoolSummary>((summary, inspection) => withInspection(summary, inspection) ?? summary, {});

describe('the previous graded outcome', () => {
  it('is the graded inspection a newer one replaced', () => {
    const summary = take([graded('2019-05-01', 'GOOD'), graded('2025-03-25')]);
    expect(summary.latestInspection?.inspectedOn).toBe('2025-03-25');
    expect(summary.latestInspection?.judgements).toEqual([
      { area: 'QUALITY_OF_EDUCATION', grade: 'REQUIRES_IMPROVEMENT' },
    ]);
    expect(summary.previousGraded).toMatchObject({ inspectedOn: '2019-05-01', overallEffectiveness: 'GOOD' });
  });

  it('is the newest older graded inspection when they arrive newest first, as Ofsted’s file lists them', () => {
    const summary = take([
      graded('2025-03-25'),
      graded('2015-01-01', 'REQUIRES_IMPROVEMENT'),
      graded('2019-05-01', 'GOOD'),
    ]);
    expect(summary.previousGraded).toMatchObject({ inspectedOn: '2019-05-01', overallEffectiveness: 'GOOD' });
    expect(withInspection(summary, graded('2015-01-01', 'REQUIRES_IMPROVEMENT'))).toBeNull();
    expect(withInspection(summary, graded('2025-03-25'))).toBeNull();
  });

  it('is not an ungraded inspection, which never replaces a graded outcome', () => {
    const summary = take([graded('2019-05-01', 'GOOD'), ungraded('2023-02-01')]);
    expect(summary.previousGraded).toBeUndefined();
    expect(summary.ungradedSince?.inspectedOn).toBe('2023-02-01');
  });
});
