import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../support/api-events.js';
import { IQM_ELEMENT_NAMES } from '../support/iqm-elements.js';
import { schoolState } from '../support/school-state.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('award-mutations');
});

const ELEMENTS = IQM_ELEMENT_NAMES.map((element) => ({
  element,
  finding: `Evidence for ${element}`,
  standOut: element === 'ASSESSMENT',
}));

const AWARD_FIELDS =
  'id urn level status awardedOn nextDueOn nextDueKind version supersededOn withdrawnOn reviews { reviewedOn ' +
  'assessor summary }';
type Award = {
  id: string;
  level: string;
  status: string;
  nextDueOn: string | null;
  nextDueKind: string | null;
  version: number;
  supersededOn: string | null;
  withdrawnOn: string | null;
  reviews: { reviewedOn: string }[];
};

const grant = (input: Record<string, unknown>) =>
  invoke<{ grantAward: Award }>(
    api.handler,
    `mutation ($input: GrantAwardInput!) { grantAward(input: $input) { ${AWARD_FIELDS} } }`,
    {
      input: { assessor: 'A. Assessor', visitDays: 2, elements: ELEMENTS, ...input },
    },
  );
const review = (input: Record<string, unknown>) =>
  invoke<{ recordAnnualReview: Award }>(
    api.handler,
    `mutation ($input: RecordAnnualReviewInput!) { recordAnnualReview(input: $input) { ${AWARD_FIELDS} } }`,
    {
      input: { assessor: 'A. Assessor', summary: 'Progress reviewed.', ...input },
    },
  );
const reassess = (input: Record<string, unknown>) =>
  invoke<{ recordReassessment: Award }>(
    api.handler,
    `mutation ($input: RecordReassessmentInput!) { recordReassessment(input: $input) { ${AWARD_FIELDS} } }`,
    {
      input: { assessor: 'A. Assessor', visitDays: 1, elements: ELEMENTS, ...input },
    },
  );
const withdraw = (input: Record<string, unknown>) =>
  invoke<{ withdrawAward: Award }>(
    api.handler,
    `mutation ($input: WithdrawAwardInput!) { withdrawAward(input: $input) { ${AWARD_FIELDS} } }`,
    { input },
  );

async function inclusionStatus(urn: string) {
  const { body } = await invoke<{
    school: { inclusionStatus: Record<string, unknown>; currentAward: { id: string } | null };
  }>(
    api.handler,
    `{ school(urn: "${urn}") { inclusionStatus { awardLevel awardStatus nextDueOn } currentAward { id } } }`,
  );
  return body.data!.school;
}

describe('grantAward', () => {
  it('grants an Inclusive School Award, due for reassessment after three years, summarised on the school', async () => {
    const urn = '100890'; // Ben Jonson Primary School, Tower Hamlets
    const { body } = await grant({ urn, level: 'INCLUSIVE_SCHOOL_AWARD', assessedOn: '2026-03-02' });
    expect(body.errors).toBeUndefined();
    const granted = body.data!.grantAward;
    expect(granted).toMatchObject({
      level: 'INCLUSIVE_SCHOOL_AWARD',
      status: 'CURRENT',
      awardedOn: '2026-03-02',
      nextDueOn: '2029-03-02',
      nextDueKind: 'REASSESSMENT',
      version: 1,
    });
    expect(await inclusionStatus(urn)).toEqual({
      inclusionStatus: { awardLevel: 'INCLUSIVE_SCHOOL_AWARD', awardStatus: 'CURRENT', nextDueOn: '2029-03-02' },
      currentAward: { id: granted.id },
    });
  });

  it('refuses a Flagship School without three years as a Centre of Excellence, writing nothing', async () => {
    const before = await schoolState(api, '140412');
    const { body } = await grant({ urn: '140412', level: 'FLAGSHIP_SCHOOL', assessedOn: '2026-10-01' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(
      /FLAGSHIP_SCHOOL award needs a standing CENTRE_OF_EXCELLENCE award held for at least 3 years/,
    );
    expect(await schoolState(api, '140412')).toEqual(before);
  });

  it('grants a Flagship School once the Centre of Excellence has stood three years, superseding it', async () => {
    const coe = (await grant({ urn: '137883', level: 'CENTRE_OF_EXCELLENCE', assessedOn: '2021-05-10' })).body.data!
      .grantAward;
    for (const reviewedOn of ['2022-05-01', '2023-05-02', '2024-05-03']) {
      const { body } = await review({ awardId: coe.id, reviewedOn });
      expect(body.errors).toBeUndefined();
    }
    const flagship = await grant({ urn: '137883', level: 'FLAGSHIP_SCHOOL', assessedOn: '2024-06-01' });
    expect(flagship.body.errors).toBeUndefined();
    expect(flagship.body.data!.grantAward).toMatchObject({
      level: 'FLAGSHIP_SCHOOL',
      nextDueOn: '2025-06-01',
      nextDueKind: 'ANNUAL_REVIEW',
    });
    const { body } = await invoke<{ school: { awards: Award[] } }>(
      api.handler,
      `{ school(urn: "137883") { awards { ${AWARD_FIELDS} } } }`,
    );
    const superseded = body.data!.school.awards.find((award) => award.id === coe.id)!;
    expect(superseded).toMatchObject({ status: 'SUPERSEDED', supersededOn: '2024-06-01', version: 5 });
  });

  it.each([
    ['seven of the eight elements', { elements: ELEMENTS.slice(1) }, /each of the eight IQM elements exactly once/],
    ['a four-day visit', { visitDays: 4 }, /one to three days/],
    ['an award date before the assessment', { awardedOn: '2026-01-01' }, /awardedOn must not be before assessedOn/],
    ['a blank assessor', { assessor: '   ' }, /assessor: must not be empty/],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_name, overrides, message) => {
    const before = await schoolState(api, '117231');
    const { body } = await grant({
      urn: '117231',
      level: 'INCLUSIVE_SCHOOL_AWARD',
      assessedOn: '2026-02-02',
      ...overrides,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await schoolState(api, '117231')).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown school', async () => {
    const { body } = await grant({ urn: '999999', level: 'INCLUSIVE_SCHOOL_AWARD', assessedOn: '2026-02-02' });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

/** Lord Derby's Centre of Excellence, reviewed on 2026-11-20 (its next review then falls on 2027-12-15). */
async function reviewLordDerby(): Promise<string> {
  const awardId = (await inclusionStatus('140412')).currentAward!.id;
  const { body } = await review({ awardId, reviewedOn: '2026-11-20', expectedVersion: 3 });
  expect(body.errors).toBeUndefined();
  return awardId;
}

describe('annual reviews, reassessment and withdrawal', () => {
  // Each test starts from the seed: none depends on what another changed.
  beforeEach(async () => {
    api = await seededApi('award-changes');
  });

  it('moves Lord Derby’s next review to the following anniversary and clears the due-soon status', async () => {
    const awardId = (await inclusionStatus('140412')).currentAward!.id;
    const { body } = await review({ awardId, reviewedOn: '2026-11-20', expectedVersion: 3 });
    expect(body.errors).toBeUndefined();
    expect(body.data!.recordAnnualReview).toMatchObject({ nextDueOn: '2027-12-15', status: 'CURRENT', version: 4 });
    expect(body.data!.recordAnnualReview.reviews[0]).toMatchObject({ reviewedOn: '2026-11-20' });
    expect((await inclusionStatus('140412')).inclusionStatus).toEqual({
      awardLevel: 'CENTRE_OF_EXCELLENCE',
      awardStatus: 'CURRENT',
      nextDueOn: '2027-12-15',
    });
  });

  it('gives CONFLICT for a stale expectedVersion and writes nothing', async () => {
    const awardId = await reviewLordDerby();
    const before = await schoolState(api, '140412');
    const { body } = await review({ awardId, reviewedOn: '2026-11-22', expectedVersion: 1 });
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0]?.message).toMatch(/has changed since you read it \(version 4, you had 1\)/);
    expect(await schoolState(api, '140412')).toEqual(before);
  });

  it('records one annual review per cycle: a second one days later is a CONFLICT; the due date stays', async () => {
    const awardId = await reviewLordDerby();
    const before = await schoolState(api, '140412');
    const { body } = await review({ awardId, reviewedOn: '2026-11-22' });
    expect(body.errors?.[0]).toMatchObject({
      message:
        `Award ${awardId} already has its annual review for this cycle (2026-11-20); the next falls due on ` +
        `2027-12-15 and can be recorded from 2027-06-15.`,
      extensions: { code: 'CONFLICT' },
    });
    expect(await schoolState(api, '140412')).toEqual(before);
    expect((await inclusionStatus('140412')).inclusionStatus).toMatchObject({ nextDueOn: '2027-12-15' });
  });

  it('rejects a review dated before the last one, and a review of an Inclusive School Award', async () => {
    const awardId = await reviewLordDerby();
    const early = await review({ awardId, reviewedOn: '2026-01-01' });
    expect(early.body.errors?.[0]?.message).toMatch(
      /must be after the award's last review or award date \(2026-11-20\)/,
    );
    const micklem = (
      await invoke<{ school: { awards: Award[] } }>(api.handler, '{ school(urn: "117231") { awards { id level } } }')
    ).body.data!.school.awards;
    const isa = micklem.find((award) => award.level === 'INCLUSIVE_SCHOOL_AWARD')!;
    const wrongLevel = await review({ awardId: isa.id, reviewedOn: '2026-11-01' });
    expect(wrongLevel.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(wrongLevel.body.errors?.[0]?.message).toMatch(/has no annual review; record a reassessment instead/);
  });

  it('renews Micklem’s lapsed award by reassessment: the old award is superseded, the new one stands', async () => {
    const micklem = (
      await invoke<{ school: { awards: Award[] } }>(
        api.handler,
        '{ school(urn: "117231") { awards { id level awardedOn } } }',
      )
    ).body.data!.school.awards;
    const original = micklem.find(
      (award) => award.level === 'INCLUSIVE_SCHOOL_AWARD' && award.id.includes('20150701'),
    )!;
    const { body } = await reassess({ awardId: original.id, assessedOn: '2026-07-08' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.recordReassessment).toMatchObject({
      level: 'INCLUSIVE_SCHOOL_AWARD',
      awardedOn: '2026-07-08',
      nextDueOn: '2029-07-08',
      status: 'CURRENT',
    });
    const awards = (
      await invoke<{ school: { awards: Award[] } }>(
        api.handler,
        `{ school(urn: "117231") { awards { ${AWARD_FIELDS} } } }`,
      )
    ).body.data!.school.awards;
    expect(awards.find((award) => award.id === original.id)).toMatchObject({
      status: 'SUPERSEDED',
      supersededOn: '2026-07-08',
    });
  });

  it('withdraws an award with a reason, and the school no longer has a current award of that level', async () => {
    const awardId = (await inclusionStatus('140412')).currentAward!.id;
    const { body } = await withdraw({ awardId, withdrawnOn: '2026-11-21', reason: 'Requested by the school' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.withdrawAward).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: '2026-11-21', nextDueOn: null });
    expect((await inclusionStatus('140412')).currentAward).toBeNull();
    const again = await withdraw({ awardId, withdrawnOn: '2026-11-22', reason: 'Twice' });
    expect(again.body.errors?.[0]?.message).toMatch(/is already closed/);
  });

  it('answers NOT_FOUND for an unknown award id, and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await review({ awardId: 'A-140412-20230101-ffffff', reviewedOn: '2026-11-01' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await review({ awardId: 'not-an-award', reviewedOn: '2026-11-01' });
    expect(malformed.body.errors?.[0]).toMatchObject({
      message: 'input.awardId is not an award id; award ids look like A-140412-20231215-3f9a1c.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
