// The API runs without --enable-source-maps (its cold start would read the whole map); an error it logs still shows
// where in Beacon's sources it was thrown, mapped through the map esbuild wrote beside the bundle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lambdaErrorLog } from '../../functions/lambda-log.js';
import { sourceMappedStack } from '../../functions/source-mapped-stack.js';
import { lambdaBuildFlags } from '../../infra/lambda-bundling.js';

const source = [
  '// A bundled function that fails three lines down.',
  'export const where = import.meta.url;',
  'export function fail() {',
  "  throw new Error('the table is missing');",
  '}',
  '',
].join('\n');

let dir: string;
let bundleUrl: string;
/** The stack as Lambda's node prints it without --enable-source-maps (vitest maps stacks in its own process). */
let rawStack: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'beacon-stack-map-'));
  writeFileSync(path.join(dir, 'failing-function.ts'), source);
  await build({
    ...lambdaBuildFlags,
    mainFields: [...lambdaBuildFlags.mainFields],
    bundle: true,
    logLevel: 'error',
    entryPoints: [path.join(dir, 'failing-function.ts')],
    outfile: path.join(dir, 'index.mjs'),
  });
  bundleUrl = pathToFileURL(path.join(dir, 'index.mjs')).href;
  const script = [
    `const { fail } = await import(${JSON.stringify(bundleUrl)});`,
    'try { fail(); } catch (error) { console.log(error.stack); }',
  ].join('\n');
  rawStack = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, NODE_OPTIONS: '' },
  })
    .toString()
    .trim();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const thrown = (): Error => Object.assign(new Error('the table is missing'), { stack: rawStack });
const throwLine = source.split('\n').findIndex((line) => line.includes('throw')) + 1;

describe('a bundled function’s stack in source positions', () => {
  it('maps the bundle’s frames to the source file and line, and leaves the others', () => {
    expect(rawStack).toMatch(/index\.mjs:1:\d+/); // minified: one line
    const mapped = sourceMappedStack(rawStack, bundleUrl);
    expect(mapped).toContain(`failing-function.ts:${throwLine}:`);
    expect(mapped).not.toMatch(/index\.mjs:1:\d+/);
    expect(mapped).toContain('[eval'); // the script's own frame, not in the bundle, as it was
  });

  it('leaves a stack as it is when the bundle has no map (tsx runs the sources)', () => {
    expect(sourceMappedStack(rawStack, pathToFileURL(path.join(dir, 'elsewhere.mjs')).href)).toBe(rawStack);
  });

  it('logs an error through Powertools with its stack in source positions', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    lambdaErrorLog('beacon-api', bundleUrl)('Internal error while resolving school', thrown());
    vi.restoreAllMocks();
    const logged = JSON.parse(written.join('').trim()) as { error: { stack: string; location: string } };
    expect(logged.error.stack).toContain(`failing-function.ts:${throwLine}:`);
    expect(logged.error.stack).not.toMatch(/index\.mjs:1:\d+/);
  });
});
