// Builds the Beacon app from context: used by `cdk synth` (infra/app.ts) and by the infra tests alike.
import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BeaconStack } from './beacon-stack.js';
import { readStageConfig, type ContextReader } from './stage-config.js';

export function buildBeaconApp(app: App): BeaconStack {
  const read: ContextReader = (key) => app.node.tryGetContext(key);
  const config = readStageConfig(read);
  const region = read('region');
  const webDist = read('webDist');
  const stack = new BeaconStack(app, `Beacon-${config.stage}`, {
    description: `Beacon (${config.stage}): GraphQL API, daily reassessment and imports for school inclusion data`,
    config,
    // The built page (tests give a stand-in directory); web/dist otherwise, which `npm run synth` builds first.
    webDist: typeof webDist === 'string' && webDist !== '' ? webDist : undefined,
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
