// `cdk synth` through the real CLI and cdk.json, as `npm run synth` runs it: offline, with no AWS
// credentials, and with Docker made unusable so any container bundling would fail the run.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRepoRoot } from '../../infra/repo-paths.js';
import { isPageCopier } from './synth-beacon.js';

const run = promisify(execFile);

interface AssetManifest {
  files: Record<string, { source: { path: string; packaging?: string } }>;
}

let outdir: string;
let output: string;

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'beacon-cli-synth-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('AWS_')) env[key] = value;
  // The page is built by `npm run synth`; here a stand-in directory takes web/dist's place.
  const args = [
    'synth',
    '--quiet',
    '--no-notices',
    '-o',
    outdir,
    '-c',
    `webDist=${fromRepoRoot('test/fixtures/web-dist')}`,
  ];
  const result = await run(fromRepoRoot('node_modules/.bin/cdk'), args, {
    cwd: fromRepoRoot('.'),
    env: {
      ...env,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      CDK_DOCKER: '/bin/false',
      CDK_DISABLE_CLI_TELEMETRY: 'true',
    },
    timeout: 110_000,
  });
  output = `${result.stdout}\n${result.stderr}`;
}, 120_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('cdk synth (CLI)', () => {
  it('writes the dev stack and its us-east-1 edge stack (the WAF) with no validation findings', () => {
    expect(existsSync(path.join(outdir, 'Beacon-dev.template.json'))).toBe(true);
    expect(existsSync(path.join(outdir, 'Beacon-dev-edge.template.json'))).toBe(true);
    expect(output).not.toMatch(/AwsSolutions-|Synthesis finished with errors/);
  });

  it('bundles the API locally into an ESM asset with its source map', () => {
    const template = JSON.parse(readFileSync(path.join(outdir, 'Beacon-dev.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string; Properties: { Handler?: string; Code?: { S3Key?: string } } }>;
    };
    const manifest = JSON.parse(readFileSync(path.join(outdir, 'Beacon-dev.assets.json'), 'utf8')) as AssetManifest;
    const functions = Object.entries(template.Resources)
      .filter(([logicalId, resource]) => resource.Type === 'AWS::Lambda::Function' && !isPageCopier(logicalId))
      .map(([, resource]) => resource);
    expect(functions.length).toBeGreaterThanOrEqual(1);
    for (const fn of functions) {
      const hash = fn.Properties.Code?.S3Key?.replace(/\.zip$/, '') ?? '';
      const asset = manifest.files[hash];
      expect(asset?.source.packaging).toBe('zip');
      const dir = path.join(outdir, asset?.source.path ?? 'missing');
      expect(existsSync(path.join(dir, 'index.mjs'))).toBe(true);
      expect(existsSync(path.join(dir, 'index.mjs.map'))).toBe(true);
    }
  });
});
