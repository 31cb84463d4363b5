// `npm run schema:release`: the current schema becomes the released one (schema/released/schema.graphql), and the
// changelog's Unreleased entries move under a heading with today's date, leaving Unreleased empty.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UNRELEASED_HEADING, unreleasedLines } from './changes.js';
import { CHANGELOG, currentSdl, RELEASED_SCHEMA } from './sources.js';

const SNAPSHOT_HEADER =
  '# The schema as last released: what clients build on. Written by `npm run schema:release`; do not edit.\n';

/** The changelog with its Unreleased entries filed under `## <date>` (nothing to file: unchanged). */
export function releasedChangelog(changelog: string, date: string): string {
  const entries = unreleasedLines(changelog).filter((line) => line.trim() !== '');
  if (entries.length === 0) return changelog;
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED_HEADING);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const rest = end === -1 ? [] : lines.slice(end);
  return [...lines.slice(0, start + 1), '', `## ${date}`, '', ...entries, '', ...rest].join('\n').replace(/\n+$/, '\n');
}

export function snapshotText(sdl: string): string {
  return `${SNAPSHOT_HEADER}\n${sdl}`;
}

export function release(date = new Date().toISOString().slice(0, 10)): void {
  mkdirSync(path.dirname(RELEASED_SCHEMA), { recursive: true });
  writeFileSync(RELEASED_SCHEMA, snapshotText(currentSdl()));
  if (existsSync(CHANGELOG)) writeFileSync(CHANGELOG, releasedChangelog(readFileSync(CHANGELOG, 'utf8'), date));
  console.log(`Released the schema as ${RELEASED_SCHEMA} (${date}).`);
}

if (import.meta.url === `file://${process.argv[1]}`) release();
