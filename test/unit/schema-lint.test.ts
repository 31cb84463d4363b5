// The schema lint (eslint.config.js: @graphql-eslint's schema and Relay rules, naming, unreachable types, deprecation
// reasons, descriptions) in `npm test`. Elements listed in schema-lint-baseline.json may still lack a description;
// any other finding fails, and so does a listed element that has one now (the baseline only shrinks). An empty
// baseline (or none) means no exceptions.
import { describe, expect, it } from 'vitest';
import {
  BASELINE,
  DESCRIPTION_RULE,
  describeFinding,
  type Finding,
  lintSchema,
  missingDescriptions,
  readBaseline,
} from '../../scripts/schema/lint.js';

let findings: Finding[] | undefined;
const lint = async () => {
  findings ??= await lintSchema();
  return findings;
};

describe('the schema lint', () => {
  it('finds nothing against the Relay, naming, reachability and deprecation rules', async () => {
    const others = (await lint()).filter((finding) => finding.rule !== DESCRIPTION_RULE);
    expect(others.map(describeFinding)).toEqual([]);
  });

  it('finds no element without a description but those in the baseline', async () => {
    const baseline = readBaseline();
    const undescribed = (await lint()).filter(
      (finding) => finding.rule === DESCRIPTION_RULE && !baseline.has(finding.coordinate),
    );
    expect(undescribed.map(describeFinding), `describe these (the baseline is ${BASELINE})`).toEqual([]);
  });

  it('keeps the baseline to what still lacks a description', async () => {
    const missing = new Set(missingDescriptions(await lint()));
    const described = [...readBaseline()].filter((coordinate) => !missing.has(coordinate));
    expect(described, `now described: run npm run schema:lint-baseline to drop them from ${BASELINE}`).toEqual([]);
  });

  it('names each finding by its schema coordinate, so the baseline survives lines moving', async () => {
    const coordinates = (await lint()).map((finding) => finding.coordinate);
    const shapes = /^(@?[A-Za-z_]\w*)(\.\w+)?(\(\w+:\))?$/;
    expect(coordinates.filter((coordinate) => !shapes.test(coordinate))).toEqual([]);
  });
});
