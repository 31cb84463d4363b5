// Breaking-change detection in `npm test`: the schema against the one last released (schema/released/schema.graphql),
// each break failing unless schema/CHANGELOG.md's Unreleased section records it as intended.
import { type ASTNode, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  breakingChanges,
  checkRepository,
  describeBreaks,
  intendedBreaks,
  unintendedBreaks,
} from '../../scripts/schema/changes.js';
import { releasedChangelog } from '../../scripts/schema/release.js';
import { currentSdl } from '../../scripts/schema/sources.js';

// The current schema without descriptions, so one line is one field and the edits below stay valid SDL.
const current = print(
  visit(parse(currentSdl()), {
    enter: (node: ASTNode) => ('description' in node && node.description ? { ...node, description: undefined } : node),
  }),
);

/** The current schema with one field of one type left out. */
function withoutField(sdl: string, type: string, field: string): string {
  const lines = sdl.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`type ${type} `));
  const at = lines.findIndex((line, index) => index > start && line.startsWith(`  ${field}:`));
  expect(start, type).toBeGreaterThanOrEqual(0);
  expect(at, `${type}.${field}`).toBeGreaterThan(start);
  return [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
}

const UNRELEASED = (entries: string) => `# Schema changelog\n\n## Unreleased\n\n${entries}\n## 2026-01-01\n\n- Old.\n`;

describe('the breaking-change check', () => {
  it('finds no unintended breaking change between the released schema and this one', async () => {
    const breaks = await checkRepository();
    expect(breaks, describeBreaks(breaks)).toEqual([]);
  });

  it('fails on a removed field, naming it', async () => {
    const removed = withoutField(current, 'School', 'postcode');
    const breaks = await unintendedBreaks(current, removed, UNRELEASED(''));
    expect(breaks.map((change) => change.path)).toEqual(['School.postcode']);
    expect(breaks[0]?.message).toMatch(/postcode.*removed/i);
    expect(describeBreaks(breaks)).toContain('- BREAKING (intended): `School.postcode`');
  });

  it('passes a removed field recorded as intended in the Unreleased section, and only there', async () => {
    const removed = withoutField(current, 'School', 'postcode');
    const intended = '- BREAKING (intended): `School.postcode` removed: use School.address.\n';
    expect(await unintendedBreaks(current, removed, UNRELEASED(intended))).toEqual([]);
    // The same line under an earlier release does not excuse a new break.
    const filedEarlier = `# Schema changelog\n\n## Unreleased\n\n## 2026-01-01\n\n${intended}`;
    expect((await unintendedBreaks(current, removed, filedEarlier)).map((change) => change.path)).toEqual([
      'School.postcode',
    ]);
  });

  it('fails on a new required argument and on a narrowed type', async () => {
    const required = current.replace('  school(urn: ID!', '  school(urn: ID!, reason: String!');
    expect(required).not.toBe(current);
    expect((await breakingChanges(current, required)).map((change) => change.path)).toContain('Query.school.reason');
    const narrowed = current.replace(/type School \{[^}]*?\n {2}postcode: String\n/, (match) =>
      match.replace('postcode: String\n', 'postcode: Int\n'),
    );
    expect(narrowed).not.toBe(current);
    expect((await breakingChanges(current, narrowed)).map((change) => change.path)).toContain('School.postcode');
  });

  it('lets additions through: a new type, field or optional argument breaks nobody', async () => {
    const added = `${current.replace('type School {', 'type School {\n  motto(language: String): String')}
      type Badge { name: String! }`;
    expect(await breakingChanges(current, added)).toEqual([]);
  });

  it('files the Unreleased entries under the release date, leaving Unreleased empty', () => {
    const before = UNRELEASED('- Added `School.motto`.\n- BREAKING (intended): `School.postcode` removed.\n');
    const after = releasedChangelog(before, '2026-12-06');
    expect(after).toBe(
      '# Schema changelog\n\n## Unreleased\n\n## 2026-12-06\n\n- Added `School.motto`.\n' +
        '- BREAKING (intended): `School.postcode` removed.\n\n## 2026-01-01\n\n- Old.\n',
    );
    expect(intendedBreaks(after)).toEqual(new Set());
    expect(releasedChangelog(after, '2026-12-07')).toBe(after);
  });
});
