// The API handler as Lambda gets it: esbuild bundles (minified ESM for node22), their size and their cold load time.
import { spawn } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { singleApolloAliases } from '../infra/single-apollo-aliases.js';
import { median, round } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Inside the repo (git-ignored by bench/.gitignore) so the SDK-external bundle resolves @aws-sdk from node_modules. */
const outDir = path.join(repoRoot, 'bench', '.build');

// Same banner as infra/constructs/beacon-function.ts: ESM output has no `require`, some CommonJS dependencies call it.
const esmRequireBanner = [
  "import { createRequire as beaconCreateRequire } from 'node:module';",
  'const require = beaconCreateRequire(import.meta.url);',
].join(' ');

export const MIB = 1024 * 1024;

export interface LoadFigures {
  /** Median time of `await import(bundle)` inside the child. */
  importMedianMs: number;
  /** Median time from the child's process start (performance.timeOrigin) to the mark after the import. */
  readyMedianMs: number;
  /** Median time from spawn to the parent seeing the child's mark printed after the import. */
  spawnToMarkMedianMs: number;
  /** Median wall time of the whole child process, spawn to exit, seen from the parent. */
  processMedianMs: number;
  runs: number;
}

export interface BundleVariant extends LoadFigures {
  bytes: number;
  file: string;
  /** Output bytes by npm package (or `(beacon)` for our own code), largest first. */
  largestParts: { part: string; bytes: number }[];
}

export interface BundleFigures {
  withSdk: BundleVariant;
  sdkExternal: BundleVariant;
  /** A one-field Apollo Server Lambda handler bundled the same way: the cold-start baseline. */
  minimalApollo: BundleVariant;
}

/** node_modules/@scope/name/... -> @scope/name; anything else is ours. */
function partOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.slice(input.lastIndexOf('node_modules/')));
  return match?.[1] ?? '(beacon)';
}

const API_ENTRY = path.join(repoRoot, 'functions', 'graphql', 'handler.ts');
const BASELINE_ENTRY = path.join(repoRoot, 'bench', 'baseline', 'minimal-apollo-handler.ts');

async function bundle(
  name: string,
  externalSdk: boolean,
  entry = API_ENTRY,
): Promise<Omit<BundleVariant, keyof LoadFigures>> {
  const outfile = path.join(outDir, `${name}.mjs`);
  const result = await build({
    metafile: true,
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    alias: { ...singleApolloAliases },
    banner: { js: esmRequireBanner },
    external: externalSdk ? ['@aws-sdk/*'] : [],
    logLevel: 'error',
  });
  const parts = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytesInOutput);
    }
  }
  const largestParts = [...parts]
    .map(([part, bytes]) => ({ part, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
  return { file: outfile, bytes: (await stat(outfile)).size, largestParts };
}

interface ChildMark {
  importMs: number;
  readyMs: number;
}

/** One fresh node process that imports the bundle and prints how long that took. */
function loadOnce(file: string): Promise<ChildMark & { markMs: number; processMs: number }> {
  const script = [
    `const t0 = performance.now();`,
    `const mod = await import(${JSON.stringify(pathToFileURL(file).href)});`,
    `const t1 = performance.now();`,
    `if (typeof mod.handler !== 'function') throw new Error('bundle exports no handler');`,
    `console.log('BEACON_LOADED ' + JSON.stringify({ importMs: t1 - t0, readyMs: t1 }));`,
  ].join('\n');
  const env = {
    ...process.env,
    TABLE_NAME: 'beacon-bench-load',
    AWS_REGION: 'eu-west-2',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: '',
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let markMs = Number.NaN;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (Number.isNaN(markMs) && stdout.includes('BEACON_LOADED ')) markMs = performance.now() - started;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const processMs = performance.now() - started;
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('BEACON_LOADED '));
      if (code !== 0 || !line) {
        reject(new Error(`Loading ${path.basename(file)} failed (exit ${code}): ${stderr.trim().slice(-2000)}`));
        return;
      }
      resolve({ ...(JSON.parse(line.slice('BEACON_LOADED '.length)) as ChildMark), markMs, processMs });
    });
  });
}

async function loadTimes(file: string, runs: number): Promise<LoadFigures> {
  await loadOnce(file); // one unmeasured load, so the file is in the page cache like a warm Lambda host disk
  const marks: Array<ChildMark & { markMs: number; processMs: number }> = [];
  for (let i = 0; i < runs; i += 1) marks.push(await loadOnce(file));
  return {
    importMedianMs: round(median(marks.map((mark) => mark.importMs))),
    readyMedianMs: round(median(marks.map((mark) => mark.readyMs))),
    spawnToMarkMedianMs: round(median(marks.map((mark) => mark.markMs))),
    processMedianMs: round(median(marks.map((mark) => mark.processMs))),
    runs,
  };
}

export async function measureBundles(loadRuns: number): Promise<BundleFigures> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const withSdk = await bundle('handler-with-sdk', false);
  const sdkExternal = await bundle('handler-sdk-external', true);
  const minimalApollo = await bundle('minimal-apollo-handler', false, BASELINE_ENTRY);
  const relative = (file: string) => path.relative(repoRoot, file);
  const measured = async (variant: Omit<BundleVariant, keyof LoadFigures>) => ({
    ...variant,
    file: relative(variant.file),
    ...(await loadTimes(variant.file, loadRuns)),
  });
  return {
    withSdk: await measured(withSdk),
    sdkExternal: await measured(sdkExternal),
    minimalApollo: await measured(minimalApollo),
  };
}
