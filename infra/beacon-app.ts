// Builds the Beacon app from context: used by `cdk synth` (infra/app.ts) and by the infra tests alike.
import { existsSync } from 'node:fs';
import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { apiEntry, BeaconStack, type BeaconEntries } from './beacon-stack.js';
import { importerEntry } from './constructs/import-bucket.js';
import { reassessmentEntry } from './constructs/scheduled-job.js';
import { fromRepoRoot } from './repo-paths.js';
import { readStageConfig, type ContextReader } from './stage-config.js';

/**
 * `-c reassessment=auto|on|off` (same for `importer`): auto, the default, deploys the part once its
 * entry file exists, so synth works before the code lands and picks it up after.
 */
export function resolveOptionalEntry(read: ContextReader, key: string, entry: string): string | undefined {
  const mode = read(key) ?? 'auto';
  if (mode !== 'auto' && mode !== 'on' && mode !== 'off') {
    throw new Error(`Context "${key}" must be auto, on or off, got ${JSON.stringify(mode)}.`);
  }
  if (mode === 'off') return undefined;
  const exists = existsSync(fromRepoRoot(entry));
  if (mode === 'on' && !exists) throw new Error(`Context ${key}=on but ${entry} does not exist.`);
  return exists ? entry : undefined;
}

export interface BuildOptions {
  /** Replaces resolved entries (tests point optional parts at fixtures). */
  readonly entries?: Partial<BeaconEntries>;
}

export function buildBeaconApp(app: App, options: BuildOptions = {}): BeaconStack {
  const read: ContextReader = (key) => app.node.tryGetContext(key);
  const config = readStageConfig(read);
  const entries: BeaconEntries = {
    api: apiEntry,
    reassessment: resolveOptionalEntry(read, 'reassessment', reassessmentEntry),
    importer: resolveOptionalEntry(read, 'importer', importerEntry),
    ...options.entries,
  };
  const region = read('region');
  const stack = new BeaconStack(app, `Beacon-${config.stage}`, {
    description: `Beacon (${config.stage}): GraphQL API, daily reassessment and imports for school inclusion data`,
    config,
    entries,
    env: {
      account: process.env.CDK_DEFAULT_ACCOUNT,
      // School and contact data stays in London (eu-west-2) unless `-c region=` says otherwise.
      region: typeof region === 'string' && region !== '' ? region : 'eu-west-2',
    },
  });
  Tags.of(stack).add('project', 'beacon');
  Tags.of(stack).add('stage', config.stage);
  // cdk-nag 3 is a validation plugin: every synth fails on an unacknowledged AwsSolutions finding.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
