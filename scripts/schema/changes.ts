// Breaking changes against the released schema: each must be recorded as intended in schema/CHANGELOG.md's
// Unreleased section, one line per change naming its schema path, e.g.
//   - BREAKING (intended): `School.foo` removed: replaced by School.bar since 2026-01.
import { existsSync, readFileSync } from 'node:fs';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchemaFrom, CHANGELOG, currentSdl, RELEASED_SCHEMA } from './sources.js';

export const UNRELEASED_HEADING = '## Unreleased';
const INTENDED = /^- BREAKING \(intended\): `([^`]+)`/;

export interface SchemaChange {
  path: string;
  message: string;
}

export async function breakingChanges(releasedSdl: string, currentSdlText: string): Promise<SchemaChange[]> {
  const changes = await diff(buildSchemaFrom(releasedSdl), buildSchemaFrom(currentSdlText));
  return changes
    .filter((change: Change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? '(schema)', message: change.message }));
}

/** The lines of the changelog's Unreleased section (up to the next `## ` heading). */
export function unreleasedLines(changelog: string): string[] {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED_HEADING);
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** The schema paths the Unreleased section records as intended breaking changes. */
export function intendedBreaks(changelog: string): Set<string> {
  return new Set(unreleasedLines(changelog).flatMap((line) => INTENDED.exec(line.trim())?.[1] ?? []));
}

/** Breaking changes nobody recorded as intended: each one would break a client by surprise. */
export async function unintendedBreaks(
  releasedSdl: string,
  currentSdlText: string,
  changelog: string,
): Promise<SchemaChange[]> {
  const intended = intendedBreaks(changelog);
  return (await breakingChanges(releasedSdl, currentSdlText)).filter((change) => !intended.has(change.path));
}

export function describeBreaks(changes: readonly SchemaChange[]): string {
  return [
    `${changes.length} breaking change(s) against ${RELEASED_SCHEMA} not recorded as intended in ${CHANGELOG}:`,
    ...changes.map((change) => `  ${change.path}: ${change.message}`),
    `Keep the old element (deprecate it with a reason) or, if the break is meant, add under "${UNRELEASED_HEADING}":`,
    ...changes.map((change) => `  - BREAKING (intended): \`${change.path}\` <what changed and why>`),
  ].join('\n');
}

/** The repository's own check: the schema on disk against the released snapshot and the changelog. */
export function checkRepository(): Promise<SchemaChange[]> {
  const changelog = existsSync(CHANGELOG) ? readFileSync(CHANGELOG, 'utf8') : '';
  return unintendedBreaks(readFileSync(RELEASED_SCHEMA, 'utf8'), currentSdl(), changelog);
}
