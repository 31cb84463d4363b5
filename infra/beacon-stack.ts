// One stack per stage: table, users, API, the daily job, the importer and the web page.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { graphqlPath, lambdaEntries, publicGraphqlPath } from '../functions/deployment.js';
import { BeaconAlarms } from './constructs/alarms.js';
import { Api } from './constructs/api.js';
import { BeaconFunction } from './constructs/beacon-function.js';
import { BeaconTable } from './constructs/beacon-table.js';
import { BeaconUserPool } from './constructs/beacon-user-pool.js';
import { EdgeFirewall } from './constructs/edge-firewall.js';
import { ImportBucket } from './constructs/import-bucket.js';
import { ScheduledJob } from './constructs/scheduled-job.js';
import { WebHosting } from './constructs/web-hosting.js';
import type { StageConfig } from './stage-config.js';

export interface BeaconStackProps extends StackProps {
  readonly config: StageConfig;
  /** The built web page; defaults to web/dist (`npm run synth` builds it first). */
  readonly webDist?: string;
  /** The distribution's WAF, from the us-east-1 stack (beacon-app.ts); made here when this stack is in us-east-1. */
  readonly edgeFirewall?: EdgeFirewall;
}

export class BeaconStack extends Stack {
  readonly table: BeaconTable;
  readonly api: Api;
  readonly scheduledJob: ScheduledJob;
  readonly importBucket: ImportBucket;
  readonly web: WebHosting;
  readonly edgeFirewall: EdgeFirewall;

  constructor(scope: Construct, id: string, props: BeaconStackProps) {
    super(scope, id, { ...props, terminationProtection: props.config.isProd });
    const { config } = props;

    this.table = new BeaconTable(this, 'Data', { retain: config.isProd });
    const users = new BeaconUserPool(this, 'Users', {
      retain: config.isProd,
      webOrigin: config.dashboardOrigin,
      stage: config.stage,
    });
    const alarms = new BeaconAlarms(this, 'Alarms', { alarmEmail: config.alarmEmail });

    const apiHandler = new BeaconFunction(this, 'GraphqlApi', {
      entry: lambdaEntries.api,
      description: 'Beacon GraphQL API (Apollo Server) over the Beacon table',
      serviceName: 'beacon-api',
      config,
      table: this.table,
      // Assessors record awards and reviews through mutations.
      tableAccess: 'read-write',
      memorySize: 1024,
      reservedConcurrency: config.apiConcurrency,
      // Its error log maps stacks through the source map when it logs one (functions/source-mapped-stack.ts).
      sourceMapsAtLoad: false,
    });
    // The Atom feeds: a small function of its own, so the API's bundle carries no feed code (and the feeds no Apollo).
    const feedsHandler = new BeaconFunction(this, 'AtomFeeds', {
      entry: lambdaEntries.feeds,
      description: 'Beacon Atom feeds of public changes (councils, trusts, schools)',
      serviceName: 'beacon-feeds',
      config,
      table: this.table,
      tableAccess: 'read',
      memorySize: 512,
      environment: { SITE_ORIGIN: config.dashboardOrigin },
    });
    this.api = new Api(this, 'Api', { config, handler: apiHandler, users, feeds: feedsHandler });
    alarms.watchFunction('AtomFeeds', feedsHandler.function);
    alarms.watchFunction('GraphqlApi', apiHandler.function);
    alarms.watchApi('Api', this.api.stage);

    this.scheduledJob = new ScheduledJob(this, 'ReassessmentJob', { config, table: this.table, alarms });
    this.importBucket = new ImportBucket(this, 'Import', { config, table: this.table, alarms });
    this.edgeFirewall = props.edgeFirewall ?? new EdgeFirewall(this, 'EdgeFirewall', { config });
    this.web = new WebHosting(this, 'Web', {
      config,
      api: this.api,
      users,
      webDist: props.webDist,
      webAclArn: this.edgeFirewall.webAclArn,
    });

    new CfnOutput(this, 'GraphqlUrl', { value: `${this.api.url}${graphqlPath.slice(1)}` });
    new CfnOutput(this, 'PublicGraphqlUrl', { value: `${this.api.url}${publicGraphqlPath.slice(1)}` });
    new CfnOutput(this, 'UserPoolId', { value: users.userPool.userPoolId });
    new CfnOutput(this, 'DashboardClientId', { value: users.dashboardClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topic.topicArn });
    new CfnOutput(this, 'ImportBucketName', { value: this.importBucket.bucket.bucketName });
    new CfnOutput(this, 'WebUrl', { value: `https://${this.web.distribution.distributionDomainName}/` });
  }
}
