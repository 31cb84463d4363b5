import { beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../support/api-events.js';
import { schoolState } from '../support/school-state.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('concurrency');
});

const CALLS = 50;

function outcome(body: {
  data?: unknown;
  errors?: { extensions?: Record<string, unknown> }[];
}): 'ok' | 'CONFLICT' | string {
  if (!body.errors) return 'ok';
  return String(body.errors[0]?.extensions?.code);
}

describe('concurrent writers never lose an update', () => {
  it('50 reviews of one award pinned to the same version: exactly one lands, the rest get CONFLICT', async () => {
    const { body } = await invoke<{ school: { currentAward: { id: string; version: number; reviews: unknown[] } } }>(
      api.handler,
      '{ school(urn: "140412") { currentAward { id version reviews { reviewedOn } } } }',
    );
    const award = body.data!.school.currentAward;
    const results = await Promise.all(
      Array.from({ length: CALLS }, (_, index) =>
        invoke(
          api.handler,
          'mutation ($input: RecordAnnualReviewInput!) { recordAnnualReview(input: $input) { version } }',
          {
            input: {
              awardId: award.id,
              reviewedOn: '2026-11-20',
              assessor: `Assessor ${index}`,
              summary: `Review ${index}`,
              expectedVersion: award.version,
            },
          },
        ),
      ),
    );
    const outcomes = results.map((result) => outcome(result.body));
    expect(outcomes.filter((value) => value === 'ok')).toHaveLength(1);
    expect(outcomes.filter((value) => value === 'CONFLICT')).toHaveLength(CALLS - 1);

    const after = await invoke<{ school: { currentAward: { version: number; reviews: { assessor: string }[] } } }>(
      api.handler,
      '{ school(urn: "140412") { currentAward { version reviews { assessor } } } }',
    );
    const winner = results.findIndex((result) => outcome(result.body) === 'ok');
    expect(after.body.data!.school.currentAward.version).toBe(award.version + 1);
    expect(after.body.data!.school.currentAward.reviews).toHaveLength(award.reviews.length + 1);
    expect(after.body.data!.school.currentAward.reviews[0]?.assessor).toBe(`Assessor ${winner}`);
  });

  it('records 50 inspections at once on one school: every success is kept, every failure is a CONFLICT', async () => {
    const before = await schoolState(api, '100890');
    const idsBefore = await invoke<{ school: { inspections: { id: string }[] } }>(
      api.handler,
      '{ school(urn: "100890") { inspections(includePredecessors: false) { id } } }',
    );
    const held = idsBefore.body.data!.school.inspections.map((inspection) => inspection.id);
    const results = await Promise.all(
      Array.from({ length: CALLS }, (_, index) =>
        invoke<{ recordInspection: { id: string } }>(
          api.handler,
          'mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }',
          {
            input: {
              urn: '100890',
              // After Ofsted's latest stated inspection of the school, so each can become its newest.
              inspectedOn: `2025-0${1 + (index % 9)}-1${index % 10}`,
              legacy: { type: 'UNGRADED', safeguarding: 'EFFECTIVE' },
              summary: `Concurrent ${index}`,
            },
          },
        ),
      ),
    );
    const outcomes = results.map((result) => outcome(result.body));
    expect(outcomes.every((value) => value === 'ok' || value === 'CONFLICT')).toBe(true);
    const succeeded = results.flatMap((result) =>
      result.body.data?.recordInspection ? [result.body.data.recordInspection.id] : [],
    );
    expect(succeeded.length).toBeGreaterThan(0);

    const after = await schoolState(api, '100890');
    expect(after.inspections).toBe(before.inspections + succeeded.length);
    expect(after.history).toBe(before.history + succeeded.length);
    expect(after.version).toBe(before.version + succeeded.length);
    const { body } = await invoke<{
      school: { inspections: { id: string }[]; latestInspection: { inspectedOn: string } };
    }>(
      api.handler,
      '{ school(urn: "100890") { inspections(includePredecessors: false) { id } latestInspection { inspectedOn } } }',
    );
    expect(new Set(body.data!.school.inspections.map((inspection) => inspection.id))).toEqual(
      new Set([...held, ...succeeded]),
    );
    // The summary follows the newest successful inspection, whichever order the writes landed in.
    const newest = succeeded
      .map((id) => id.split('-')[2]!)
      .sort()
      .at(-1)!;
    expect(body.data!.school.latestInspection.inspectedOn.replaceAll('-', '')).toBe(newest);
  });
});
