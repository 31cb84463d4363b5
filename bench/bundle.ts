// The API handler as Lambda gets it, beside two baselines bundled the same way: each bundle's size, what it is made
// of, and its cold import (wall and CPU time) in fresh node processes, interleaved so drift hits all alike.
import { spawn } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { lambdaEntries } from '../functions/deployment.js';
import { lambdaEsbuildOptions, singleApolloAliases } from '../infra/lambda-bundling.js';
import { median, round } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Inside the repo (git-ignored by bench/.gitignore) so the SDK-external bundle resolves @aws-sdk from node_modules. */
const outDir = path.join(repoRoot, 'bench', '.build');

export interface LoadFigures {
  /** Median time of `await import(bundle)` inside the child. */
  importMedianMs: number;
  /** Median CPU time (user + system, all threads) the child spent in `await import(bundle)`. */
  importCpuMedianMs: number;
  /** Median time from the child's process start (performance.timeOrigin) to the mark after the import. */
  readyMedianMs: number;
  /** Median time from spawn to the parent seeing the child's mark printed after the import. */
  spawnToMarkMedianMs: number;
  /** Median wall time of the whole child process, spawn to exit, seen from the parent. */
  processMedianMs: number;
  runs: number;
}

export interface BundlePart {
  part: string;
  bytes: number;
}

export interface BundleVariant extends LoadFigures {
  bytes: number;
  file: string;
  /** Output bytes by npm package (our own code by folder), largest first: the metafile summary. */
  largestParts: BundlePart[];
}

export interface BundleFigures {
  /** The API as the stack deploys it (infra/lambda-bundling.ts, the AWS SDK bundled). */
  withSdk: BundleVariant;
  sdkExternal: BundleVariant;
  /** A one-field Apollo Server Lambda handler bundled the same way (issue 13's baseline). */
  minimalApollo: BundleVariant;
  /** A one-field Apollo handler whose resolver reads one item through DynamoDBDocumentClient: the honest floor. */
  apolloDynamo: BundleVariant;
  /** The same handler with the stack's settings as they were before issue 25 (one copy of each package, no stubs for
   * the credential chain or sha.js): the 886 KiB. */
  apolloDynamoUnstubbed: BundleVariant;
  /** The API bundle loaded with --enable-source-maps, as every function ran before the API stopped (issue 25). */
  withSdkSourceMaps: BundleVariant;
}

const LARGEST_PARTS = 20;

/** node_modules/@scope/name/... -> @scope/name; our own code by folder, e.g. functions/graphql/generated. */
function partOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.slice(input.lastIndexOf('node_modules/')));
  if (match?.[1]) return match[1];
  const folders = path.dirname(input).split('/');
  return folders.slice(0, folders.includes('generated') ? folders.indexOf('generated') + 1 : 2).join('/');
}

const API_ENTRY = path.join(repoRoot, lambdaEntries.api);
const MINIMAL_APOLLO_ENTRY = path.join(repoRoot, 'bench', 'baseline', 'minimal-apollo-handler.ts');
const APOLLO_DYNAMO_ENTRY = path.join(repoRoot, 'bench', 'baseline', 'apollo-dynamodb-handler.ts');

/** Exactly the stack's bundling (infra/constructs/beacon-function.ts reads the same settings): every function's. */
const stackOptions = lambdaEsbuildOptions();
/** …and the API's, with the aliases its own setup allows (infra/lambda-bundling.ts's entryAliases). */
const apiOptions = lambdaEsbuildOptions(lambdaEntries.api);

async function bundle(
  name: string,
  entry: string,
  options: BuildOptions = stackOptions,
): Promise<Omit<BundleVariant, keyof LoadFigures>> {
  const outfile = path.join(outDir, `${name}.mjs`);
  const result = await build({ ...options, metafile: true, entryPoints: [entry], outfile, absWorkingDir: repoRoot });
  const parts = new Map<string, number>();
  for (const [output, { inputs }] of Object.entries(result.metafile.outputs)) {
    if (output.endsWith('.map')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytesInOutput);
    }
  }
  const largestParts = [...parts]
    .map(([part, bytes]) => ({ part, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, LARGEST_PARTS);
  return { file: outfile, bytes: (await stat(outfile)).size, largestParts };
}

interface ChildMark {
  importMs: number;
  importCpuMs: number;
  readyMs: number;
}

type Mark = ChildMark & { markMs: number; processMs: number };

/** One fresh node process that imports the bundle and prints how long that took. */
function loadOnce(file: string, nodeOptions = ''): Promise<Mark> {
  const script = [
    `const cpu0 = process.cpuUsage();`,
    `const t0 = performance.now();`,
    `const mod = await import(${JSON.stringify(pathToFileURL(file).href)});`,
    `const t1 = performance.now();`,
    `const cpu = process.cpuUsage(cpu0);`,
    `if (typeof mod.handler !== 'function') throw new Error('bundle exports no handler');`,
    `const importCpuMs = (cpu.user + cpu.system) / 1000;`,
    `console.log('BEACON_LOADED ' + JSON.stringify({ importMs: t1 - t0, importCpuMs, readyMs: t1 }));`,
  ].join('\n');
  // The function's environment as the stack sets it (NODE_ENV among it); the API loads no source map at start
  // (infra/beacon-stack.ts), so neither do the baselines unless asked.
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    TABLE_NAME: 'beacon-bench-load',
    AWS_REGION: 'eu-west-2',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: nodeOptions,
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

const figuresOf = (marks: readonly Mark[]): LoadFigures => ({
  importMedianMs: round(median(marks.map((mark) => mark.importMs))),
  importCpuMedianMs: round(median(marks.map((mark) => mark.importCpuMs))),
  readyMedianMs: round(median(marks.map((mark) => mark.readyMs))),
  spawnToMarkMedianMs: round(median(marks.map((mark) => mark.markMs))),
  processMedianMs: round(median(marks.map((mark) => mark.processMs))),
  runs: marks.length,
});

/** Each round loads every bundle once, in turn, so a busy moment of the machine hits all of them alike. */
async function interleavedLoads(
  loads: readonly { file: string; nodeOptions?: string }[],
  runs: number,
): Promise<LoadFigures[]> {
  // Unmeasured: the file in the page cache, like a warm host disk.
  for (const { file, nodeOptions } of loads) await loadOnce(file, nodeOptions);
  const marks = loads.map((): Mark[] => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [index, { file, nodeOptions }] of loads.entries()) marks[index]?.push(await loadOnce(file, nodeOptions));
  }
  return marks.map(figuresOf);
}

export async function measureBundles(loadRuns: number): Promise<BundleFigures> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const built = {
    withSdk: await bundle('handler-with-sdk', API_ENTRY, apiOptions),
    sdkExternal: await bundle('handler-sdk-external', API_ENTRY, { ...apiOptions, external: ['@aws-sdk/*'] }),
    minimalApollo: await bundle('minimal-apollo-handler', MINIMAL_APOLLO_ENTRY),
    apolloDynamo: await bundle('apollo-dynamodb-handler', APOLLO_DYNAMO_ENTRY),
    apolloDynamoUnstubbed: await bundle('apollo-dynamodb-handler-unstubbed', APOLLO_DYNAMO_ENTRY, {
      ...stackOptions,
      alias: { ...singleApolloAliases },
      define: {},
    }),
  };
  const names = [...(Object.keys(built) as (keyof typeof built)[]), 'withSdkSourceMaps'] as const;
  const builtAs = (name: keyof BundleFigures) => (name === 'withSdkSourceMaps' ? built.withSdk : built[name]);
  const loads = await interleavedLoads(
    names.map((name) => ({
      file: builtAs(name).file,
      nodeOptions: name === 'withSdkSourceMaps' ? '--enable-source-maps' : '',
    })),
    loadRuns,
  );
  const measured = (name: keyof BundleFigures): BundleVariant => ({
    ...builtAs(name),
    file: path.relative(repoRoot, builtAs(name).file),
    ...(loads[names.indexOf(name)] ?? figuresOf([])),
  });
  return {
    withSdk: measured('withSdk'),
    sdkExternal: measured('sdkExternal'),
    minimalApollo: measured('minimalApollo'),
    apolloDynamo: measured('apolloDynamo'),
    apolloDynamoUnstubbed: measured('apolloDynamoUnstubbed'),
    withSdkSourceMaps: measured('withSdkSourceMaps'),
  };
}
