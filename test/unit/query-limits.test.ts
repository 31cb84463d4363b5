import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';
import { fanOut, hasTooManyTokens, overLimit, queryLimits, requestCost } from '../../functions/graphql/query-limits.js';

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

describe("a search's price", () => {
  const cost = (query: string) => requestCost(schema, parse(query), {}).fanOut;
  const lists = (size: string) =>
    ['localAuthorities', 'trusts', 'schools']
      .map((list) => `${list}${size} { totalCount edges { cursor node { name } } }`)
      .join(' ');

  it('prices each list at its own page size, not times the search’s first', () => {
    expect(cost(`{ search(text: "ab", first: 20) { ${lists('(first: 100)')} } }`)).toBe(
      cost(`{ search(text: "ab") { ${lists('(first: 100)')} } }`),
    );
    expect(cost(`{ search(text: "ab") { ${lists('(first: 100)')} } }`)).toBeLessThan(queryLimits.fanOut);
    expect(cost(`{ search(text: "ab") { ${lists('(first: 100)')} } }`)).toBeGreaterThan(
      cost(`{ search(text: "ab") { ${lists('')} } }`),
    );
  });
});

const wholeLists = (query: string, variables: Record<string, unknown> = {}) =>
  requestCost(schema, parse(query), variables).wholeListReads;
const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('whole-list reads', () => {
  it('counts a search, a CSV, England by name, a comparison and a list not in plain name order', () => {
    expect(wholeLists('{ search(text: "ab") { schools { totalCount } } }')).toBe(1);
    expect(wholeLists('{ localAuthority(code: "886") { schoolsCsv } }')).toBe(1);
    expect(wholeLists('{ schools(filter: { nameContains: "ab" }) { totalCount } }')).toBe(1);
    expect(wholeLists('{ trust(uid: "2864") { comparison { rows { awardLevel } } } }')).toBe(1);
    expect(wholeLists('{ localAuthority(code: "886") { schools(sort: DUE_DATE) { totalCount } } }')).toBe(1);
    expect(wholeLists('{ trust(uid: "2864") { schools(filter: { phase: "Primary" }) { totalCount } } }')).toBe(1);
    expect(wholeLists('{ schools(filter: { localAuthority: "886", trust: "2864" }) { totalCount } }')).toBe(1);
  });

  it('counts none for a page in name order, a summary, a school or a reference list', () => {
    const cheap = `{ schools(first: 100) { totalCount edges { node { ${ROW} } } }
      localAuthority(code: "886") { inclusionSummary { schoolCount } schools(first: 100) { totalCount }
        same: schools(filter: { localAuthority: "886" }) { totalCount } }
      trust(uid: "2864") { schools(first: 100) { totalCount } }
      england { inclusionSummary { schoolCount } }
      school(urn: "140412") { name awards { level } }
      localAuthorities(first: 100) { totalCount } trusts(first: 5) { totalCount } }`;
    expect(wholeLists(cheap)).toBe(0);
  });

  it('reads the arguments from variables as from literals', () => {
    const list = 'query ($sort: SchoolSort) { localAuthority(code: "886") { schools(sort: $sort) { totalCount } } }';
    expect(wholeLists(list, { sort: 'NAME' })).toBe(0);
    expect(wholeLists(list, { sort: 'LATEST_INSPECTION' })).toBe(1);
  });

  it('counts a whole list once for every item of the list above it', () => {
    const perSchool = `query ($n: Int) { schools(first: $n) { edges { node {
      localAuthority { schoolsCsv } } } } }`;
    expect(wholeLists(perSchool, { n: 10 })).toBe(10);
    expect(overLimit(requestCost(schema, parse(perSchool), { n: 10 }))).toMatch(/reads 10 whole lists/);
  });

  it('answers one CSV or search alone, and refuses several aliased in one document with a clear reason', () => {
    const csvs = (count: number) => `{ localAuthority(code: "886") { ${aliased(count, 'schoolsCsv')} } }`;
    const searches = (count: number) => `{ ${aliased(count, 'search(text: "ab") { schools { totalCount } }')} }`;
    for (const one of [csvs(1), searches(1)]) expect(overLimit(requestCost(schema, parse(one), {}))).toBeNull();
    for (const many of [csvs(3), searches(3)]) {
      expect(overLimit(requestCost(schema, parse(many), {}))).toMatch(
        /reads 3 whole lists .*at most 2\. Send them as separate requests\./,
      );
    }
  });
});

describe('tokens', () => {
  it('counts a document’s tokens without parsing all of a huge one', () => {
    expect(hasTooManyTokens('{ ok }')).toBe(false);
    expect(hasTooManyTokens(`{ ${'ok '.repeat(queryLimits.tokens)} }`)).toBe(true);
    expect(hasTooManyTokens('{ school(urn: "1" { name } }')).toBe(false); // a syntax error is Apollo's to report
  });
});
