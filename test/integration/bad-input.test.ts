import { beforeAll, describe, expect, it } from 'vitest';
import { invoke, invokeRaw } from '../support/api-events.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;

beforeAll(async () => {
  api = await seededApi('bad-input');
});

function expectNoInternals(rawBody: string) {
  expect(rawBody).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+/i);
}

describe('bad input gets a clear error with a code, never a stack trace', () => {
  it('rejects a body that is not JSON with 400 BAD_REQUEST', async () => {
    const response = await invokeRaw(api.handler, '{"query": "{ ok }"');
    expect(response.statusCode).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(response.body.errors?.[0]?.message).toMatch(/not valid JSON/);
    expectNoInternals(response.rawBody);
  });

  it('rejects an unknown field, naming it', async () => {
    const response = await invoke(api.handler, '{ school(urn: "140412") { name headteacherShoeSize } }');
    expect(response.statusCode).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.message).toMatch(/Cannot query field "headteacherShoeSize" on type "School"/);
    expectNoInternals(response.rawBody);
  });

  it.each(['14041', '1404123', 'LORD-D'])('rejects the URN "%s" as BAD_USER_INPUT', async (urn) => {
    const response = await invoke(api.handler, 'query ($urn: ID!) { school(urn: $urn) { name } }', { urn });
    expect(response.body.data).toEqual({ school: null });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toBe(`A URN is six digits (e.g. 140412); got "${urn}".`);
    expectNoInternals(response.rawBody);
  });

  it('rejects a page size over the maximum before reading anything', async () => {
    const before = api.counter.total;
    const response = await invoke(
      api.handler,
      '{ localAuthority(code: "886") { schools(first: 101) { totalCount } } }',
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      maximum: 100,
    });
    expect(response.body.errors?.[0]?.message).toMatch(/first must be a whole number from 0 to 100; got 101/);
    // Only the local authority itself was read; no index query for the schools.
    expect(api.counter.total - before).toBe(1);
  });

  it('rejects a forged cursor', async () => {
    const response = await invoke(api.handler, '{ schools(first: 5, after: "bm9wZQ") { totalCount } }');
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/not one this API issued/);
  });

  it('rejects an LA code that is not three digits', async () => {
    const response = await invoke(api.handler, '{ localAuthority(code: "Kent") { name } }');
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/three-digit GIAS LA code/);
  });

  it('rejects a variable of the wrong type with BAD_USER_INPUT', async () => {
    const response = await invoke(api.handler, 'query ($n: Int) { schools(first: $n) { totalCount } }', { n: 'ten' });
    expect(response.statusCode).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/\$n/);
  });
});

describe('queries that would fan out are refused before they run', () => {
  it('rejects a query nested deeper than the limit, naming the limit', async () => {
    const before = api.counter.total;
    const nested =
      '{ school(urn: "140412") { localAuthority { schools { edges { node { trust { schools { edges { node { ' +
      'localAuthority { schools { edges { node { name } } } } } } } } } } } } } }';
    const response = await invoke(api.handler, nested);
    expect(response.statusCode).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.message).toMatch(/depth/i);
    expect(api.counter.total).toBe(before);
  });
});

describe('a query too costly to answer', () => {
  it('is refused when it repeats the borough dashboard under five aliases', async () => {
    const dashboard = `localAuthority(code: "886") { inclusionSummary { schoolCount byAwardLevel { level count }
      byAwardStatus { status count }
      inspectionOutcomes { reportCardInclusion { grade count } legacyOverall { grade count } } }
      schools(first: 100) { edges { node { urn name type trust { name } inclusionStatus { awardLevel awardStatus
        nextDueOn latestInspectionOn inclusionGrade legacyOverallGrade safeguarding } } } } }`;
    const single = await invoke(api.handler, `{ ${dashboard} }`);
    expect(single.body.errors).toBeUndefined();
    const before = api.counter.total;
    const response = await invoke(api.handler, `{ ${[1, 2, 3, 4, 5].map((n) => `a${n}: ${dashboard}`).join(' ')} }`);
    expect(response.statusCode).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/Query Cost limit of 50000 exceeded/);
    expect(api.counter.total).toBe(before);
  });
});
