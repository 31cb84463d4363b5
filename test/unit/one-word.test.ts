// One word, one place: code calls an English local authority `localAuthority` (the schema's LocalAuthority, DfE's
// word, identified by its LA code), never "council". Only identifiers are checked (read with @babel/parser's tokens):
// comments, strings, JSX text and the UI may say "council" as people do.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

const CHECKED = ['functions', 'local', 'infra', 'web/src'];

/** Identifiers that keep the word because the outside world already knows them by it. */
const ALLOWED: readonly { name: string; file?: string; why: string }[] = [
  { name: 'councilQualityAssured', why: 'a field of the public GraphQL schema' },
  { name: 'COUNCIL_SEND_TEAM', why: 'a value of the public AgencyKind enum' },
  { name: 'COUNCIL_SEND_OFFICER', why: 'a value of the public ContactRole enum' },
  { name: 'council_officer', why: "a person's role (COUNCIL_OFFICER in the schema, a Cognito group)" },
  { name: 'SEED_COUNCILS', why: 'a documented environment variable' },
  { name: 'council', file: 'local/import.ts', why: 'the documented `npm run import -- --council` flag' },
  {
    name: 'councils',
    file: 'functions/store/rollups/name-list-keys.ts',
    why: 'a stored list name (stamp sort key councils#0)',
  },
];

const allowed = (file: string, name: string) =>
  ALLOWED.some((entry) => entry.name === name && (entry.file === undefined || entry.file === file));

interface Token {
  type: string | { label: string };
  value?: unknown;
  loc: { start: { line: number } };
}

function wordsIn(file: string): string[] {
  const plugins: ('typescript' | 'jsx')[] = file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'];
  const { tokens } = parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins, tokens: true }) as {
    tokens?: Token[];
  };
  return (tokens ?? []).flatMap((token) => {
    const label = typeof token.type === 'string' ? token.type : token.type.label;
    const name = token.value;
    if ((label !== 'name' && label !== 'jsxName') || typeof name !== 'string') return [];
    return /council/i.test(name) && !allowed(file, name) ? [`${file}:${token.loc.start.line} ${name}`] : [];
  });
}

describe('one word for a local authority', () => {
  it('names no identifier in functions/, local/, infra/ or web/src "council" but the public ones allowed', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...CHECKED], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('/generated/'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(wordsIn)).toEqual([]);
  });

  it('names no file in them "council"', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...CHECKED, 'test'], {
      encoding: 'utf8',
    }).split('\n');
    expect(files.filter((file) => /council/i.test(file.split('/').pop() ?? ''))).toEqual([]);
  });
});
