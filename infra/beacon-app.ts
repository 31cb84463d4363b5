// Builds the Beacon app from context: used by `cdk synth` (infra/app.ts) and by the infra tests alike.
import { type App, Stack, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BeaconStack } from './beacon-stack.js';
import { EdgeFirewall } from './constructs/edge-firewall.js';
import { type ContextReader, readStageConfig } from './stage-config.js';

export function buildBeaconApp(app: App): BeaconStack {
  const read: ContextReader = (key) => app.node.tryGetContext(key);
  const config = readStageConfig(read);
  const region = read('region');
  const webDist = read('webDist');
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  // School and contact data stays in London (eu-west-2) unless `-c region=` says otherwise.
  const home = typeof region === 'string' && region !== '' ? region : 'eu-west-2';
  // CloudFront takes its web ACL from us-east-1 only: elsewhere a small stack there holds it, and CDK passes its ARN
  // across (an SSM parameter written and read by CDK's cross-region reference handlers; synth stays offline).
  const edge =
    home === 'us-east-1'
      ? undefined
      : new Stack(app, `Beacon-${config.stage}-edge`, {
          description: `Beacon (${config.stage}): the CloudFront distribution's WAF (CloudFront's WAF is global)`,
          env: { account, region: 'us-east-1' },
          crossRegionReferences: true,
          terminationProtection: config.isProd,
        });
  const stack = new BeaconStack(app, `Beacon-${config.stage}`, {
    description: `Beacon (${config.stage}): GraphQL API, daily reassessment and imports for school inclusion data`,
    config,
    // The built page (tests give a stand-in directory); web/dist otherwise, which `npm run synth` builds first.
    webDist: typeof webDist === 'string' && webDist !== '' ? webDist : undefined,
    edgeFirewall: edge ? new EdgeFirewall(edge, 'EdgeFirewall', { config }) : undefined,
    crossRegionReferences: edge !== undefined,
    env: { account, region: home },
  });
  for (const tagged of edge ? [stack, edge] : [stack]) {
    Tags.of(tagged).add('project', 'beacon');
    Tags.of(tagged).add('stage', config.stage);
  }
  // cdk-nag 3 is a validation plugin: every synth fails on an unacknowledged AwsSolutions finding.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
