// The schema lint (eslint.config.js: @graphql-eslint's schema and Relay rules, naming, unreachable types, deprecation
// reasons, a description on every element) in `npm test`: the schema has no finding at all.
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_RULE, describeFinding, lintSchema } from '../../scripts/schema/lint.js';

describe('the schema lint', () => {
  it('finds nothing in schema/*.graphql against any rule, descriptions included', async () => {
    expect((await lintSchema()).map(describeFinding)).toEqual([]);
  });

  it('names a field added without a description by its schema coordinate', async () => {
    const findings = await lintSchema({
      filePath: 'schema/zz-probe.graphql',
      sdl: 'extend type School {\n  probe: String\n}\n',
    });
    expect(findings.map(({ rule, coordinate }) => ({ rule, coordinate }))).toEqual([
      { rule: DESCRIPTION_RULE, coordinate: 'School.probe' },
    ]);
  });
});
