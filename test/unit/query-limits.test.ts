import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';
import { fanOut, hasTooManyTokens, queryLimits } from '../../functions/graphql/query-limits.js';

const schema = buildSchema(typeDefs);
const cost = (query: string, variables: Record<string, unknown> = {}) => fanOut(schema, parse(query), variables);

const ROW =
  'urn name inclusionStatus { awardLevel awardStatus nextDueOn latestInspectionOn inclusionGrade legacyOverallGrade }';
const PAGE = `query ($n: Int) { schools(first: $n) { totalCount edges { node { ${ROW} } } } }`;

describe('fan-out', () => {
  it('prices a page by its size, whether first is written in the query or sent as a variable', () => {
    const literal = cost(`{ schools(first: 50) { totalCount edges { node { ${ROW} } } } }`);
    expect(cost(PAGE, { n: 50 })).toBe(literal);
    expect(cost(PAGE, { n: 100 })).toBeGreaterThan(1.9 * cost(PAGE, { n: 50 }));
  });

  it('lets the borough dashboard and a page of 100 through', () => {
    expect(cost(PAGE, { n: 100 })).toBeLessThan(queryLimits.fanOut);
    const dashboard = `{ localAuthority(code: "886") { name inclusionSummary { schoolCount withStandingAward
      dueWithin30Days
      byAwardStatus { status count } inspectionOutcomes { ungraded neverInspected legacyOverall { grade count } } }
      schools(first: 100, sort: DUE_DATE) { totalCount edges { node { ${ROW} } } } } }`;
    expect(cost(dashboard)).toBeLessThan(queryLimits.fanOut);
  });

  it('prices lists without first at their maximum, so every list inside a page of 100 is refused', () => {
    const everything =
      `query ($n: Int) { schools(first: $n) { edges { node { awards { elements { finding } reviews ` +
      `{ summary } } inspections { id } } } } }`;
    expect(cost(everything, { n: 100 })).toBeGreaterThan(queryLimits.fanOut);
    expect(cost(everything, { n: 2 })).toBeLessThan(queryLimits.fanOut);
  });

  it('prices each CSV export as a whole council', () => {
    const csv = (count: number) =>
      `{ localAuthority(code: "886") { ${Array.from({ length: count }, (_, i) => `c${i}: schoolsCsv`).join(' ')} } }`;
    expect(cost(csv(1))).toBeLessThan(queryLimits.fanOut);
    expect(cost(csv(6))).toBeGreaterThan(queryLimits.fanOut);
  });
});

describe('tokens', () => {
  it('counts a document’s tokens without parsing all of a huge one', () => {
    expect(hasTooManyTokens('{ ok }')).toBe(false);
    expect(hasTooManyTokens(`{ ${'ok '.repeat(queryLimits.tokens)} }`)).toBe(true);
    expect(hasTooManyTokens('{ school(urn: "1" { name } }')).toBe(false); // a syntax error is Apollo's to report
  });
});
