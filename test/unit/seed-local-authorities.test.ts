import { describe, expect, it } from 'vitest';
import { SCENARIO_LA_CODES, seedLocalAuthorities } from '../../local/seed/seed.js';

describe('the councils a local run seeds', () => {
  it('seeds all of England when SEED_COUNCILS is unset', () => {
    expect(seedLocalAuthorities({})).toBeNull();
  });

  it("adds the scenario's four councils to those asked for, so its schools are there to record", () => {
    expect(seedLocalAuthorities({ SEED_COUNCILS: '340' })).toEqual([
      '340',
      ...SCENARIO_LA_CODES.filter((c) => c !== '340'),
    ]);
    expect(seedLocalAuthorities({ SEED_COUNCILS: '888, 340' })).toEqual([
      '888',
      '340',
      ...SCENARIO_LA_CODES.filter((c) => c !== '340'),
    ]);
  });

  it('refuses a code that is not three digits, naming it', () => {
    expect(() => seedLocalAuthorities({ SEED_COUNCILS: '340,kent' })).toThrow(/got "kent"/);
  });
});
