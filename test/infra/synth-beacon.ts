// Synthesises the real Beacon app (same builder and cdk.json context as `cdk synth`) for assertions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { buildBeaconApp } from '../../infra/beacon-app.js';
import type { BeaconStack } from '../../infra/beacon-stack.js';
import { fromRepoRoot } from '../../infra/repo-paths.js';

export interface SynthOptions {
  readonly context?: Readonly<Record<string, unknown>>;
  /** Run esbuild for real; otherwise assets are stubbed, which is much faster. */
  readonly bundle?: boolean;
}

export interface Synthesised {
  readonly app: App;
  readonly stack: BeaconStack;
  readonly template: Template;
  readonly outdir: string;
}

function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(fromRepoRoot('cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

export function synthBeacon(options: SynthOptions = {}): Synthesised {
  const outdir = mkdtempSync(path.join(tmpdir(), 'beacon-cdk-'));
  const app = new App({
    outdir,
    context: {
      ...cdkJsonContext(),
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      // A stand-in for web/dist, so the infra tests do not depend on the page having been built.
      webDist: fromRepoRoot('test/fixtures/web-dist'),
      ...options.context,
    },
  });
  const stack = buildBeaconApp(app);
  app.synth();
  return { app, stack, template: Template.fromStack(stack), outdir };
}

/** Removes the cloud assembly (bundled assets are megabytes each). */
export function removeOutdir(synth: Synthesised | undefined): void {
  if (synth) rmSync(synth.outdir, { recursive: true, force: true });
}

export interface Finding {
  readonly rule: string;
  readonly severity: string;
  readonly paths: readonly string[];
}

/** Every AwsSolutions finding cdk-nag reports after acknowledgements, errors and warnings alike. */
export function nagFindings(app: App): Finding[] {
  const report = new AwsSolutionsChecks(app).validateScope(app);
  return report.violations.map((violation) => ({
    rule: violation.ruleName,
    severity: violation.severity ?? 'unknown',
    paths: violation.violatingResources.map((resource) => resource.constructPath ?? '?'),
  }));
}

export interface Acknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

export function acknowledgements(scope: IConstruct): Acknowledgement[] {
  const found: Acknowledgement[] = [];
  const visit = (construct: IConstruct): void => {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [key, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.push({ path: construct.node.path, id: key.replace(/^annotation::/i, ''), reason });
      }
    }
    for (const child of construct.node.children) visit(child);
  };
  visit(scope);
  return found;
}

/** Logical ID of the CloudFormation resource behind an L2 construct. */
export function logicalId(construct: IConstruct): string {
  const element = construct.node.defaultChild as CfnElement | undefined;
  if (!element) throw new Error(`${construct.node.path} has no default child`);
  return Stack.of(construct).getLogicalId(element);
}

export const getAtt = (id: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [id, attribute] });
export const joined = (...parts: unknown[]) => ({ 'Fn::Join': ['', parts] });

interface StatementJson {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

/** A role's inline statements flattened to "action on resource" pairs, so sets compare exactly. */
export function permissionPairs(template: Template, roleLogicalId: string): string[] {
  const policies = template.findResources('AWS::IAM::Policy');
  const pairs = new Set<string>();
  for (const policy of Object.values(policies)) {
    const roles = JSON.stringify(policy.Properties.Roles);
    if (!roles.includes(`"${roleLogicalId}"`)) continue;
    const statements = policy.Properties.PolicyDocument.Statement as StatementJson[];
    for (const statement of statements) {
      if (statement.Effect !== 'Allow') throw new Error(`unexpected ${statement.Effect} statement`);
      const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
      const resources: unknown[] = Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
      for (const action of actions) {
        for (const resource of resources) pairs.add(`${action} on ${JSON.stringify(resource)}`);
      }
    }
  }
  return [...pairs].sort();
}

export function pairsFor(actions: readonly string[], resources: readonly unknown[]): string[] {
  return actions.flatMap((action) => resources.map((resource) => `${action} on ${JSON.stringify(resource)}`));
}

/** Logical IDs the assertions refer to; the stack must have been built with every optional part. */
export function beaconIds(stack: BeaconStack) {
  const job = stack.scheduledJob;
  const importer = stack.importBucket;
  if (!job || !importer) throw new Error('synthesise with fixture entries for the job and the importer');
  const apiHandler = stack.node.findChild('GraphqlApi');
  return {
    table: logicalId(stack.table.table),
    apiFunction: logicalId(apiHandler.node.findChild('Function')),
    apiRole: logicalId(apiHandler.node.findChild('Role')),
    apiLogs: logicalId(apiHandler.node.findChild('Logs')),
    jobFunction: logicalId(job.handler.function),
    jobRole: logicalId(job.handler.role),
    jobLogs: logicalId(job.handler.logGroup),
    jobQueue: logicalId(job.deadLetters.queue),
    importerRole: logicalId(importer.handler.role),
    importerLogs: logicalId(importer.handler.logGroup),
    importerQueue: logicalId(importer.deadLetters.queue),
    uploads: logicalId(importer.bucket),
  };
}

export type BeaconIds = ReturnType<typeof beaconIds>;

/** CDK's own handler that copies the built web page into its bucket: not Beacon code, reviewed in web-hosting.ts. */
export const isPageCopier = (logicalId: string) => logicalId.startsWith('CustomCDKBucketDeployment');

/** Beacon's own resources of a type, without CDK's page copier. */
export function beaconResources(template: Template, type: string): ReturnType<Template['findResources']> {
  return Object.fromEntries(
    Object.entries(template.findResources(type)).filter(([logicalId]) => !isPageCopier(logicalId)),
  );
}
