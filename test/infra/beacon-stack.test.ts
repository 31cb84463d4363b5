// The dev stack with every part (the job and importer on a fixture entry), bundled for real.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableDesign } from '../../functions/store/index.js';
import { descriptionsIn } from '../support/schema-descriptions.js';
import {
  acknowledgements,
  type BeaconIds,
  beaconIds,
  beaconResources,
  getAtt,
  isPageCopier,
  joined,
  logicalId,
  nagFindings,
  removeOutdir,
  type Synthesised,
  synthBeacon,
} from './synth-beacon.js';

let synth: Synthesised;
let ids: BeaconIds;

beforeAll(() => {
  synth = synthBeacon({ bundle: true });
  ids = beaconIds(synth.stack);
}, 120_000);

afterAll(() => removeOutdir(synth));

describe('the table', () => {
  it('has the keys and indexes of the shared table design, on demand, and no TTL (nothing expires)', () => {
    synth.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableDesign.indexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    });
    const [table] = Object.values(synth.template.findResources('AWS::DynamoDB::GlobalTable'));
    expect(table?.Properties.TimeToLiveSpecification).toBeUndefined();
    expect(tableDesign.indexes.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps point-in-time recovery on, and in dev may be deleted with the stack', () => {
    synth.template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: false,
          }),
        ],
      }),
    });
  });
});

describe('the API', () => {
  it('authorises /graphql with the dashboard client’s Cognito JWT authorizer; only public routes are open', () => {
    const routes = Object.values(synth.template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual([
      'GET /councils/{code}/changes.atom',
      'GET /graphql',
      'GET /public/graphql',
      'GET /schools/{urn}/changes.atom',
      'GET /trusts/{uid}/changes.atom',
      'POST /graphql',
      'POST /public/graphql',
    ]);
    const [authorizerId, ...others] = Object.keys(synth.template.findResources('AWS::ApiGatewayV2::Authorizer'));
    expect(others).toEqual([]);
    for (const route of routes) {
      const key = route.Properties.RouteKey as string;
      const open = key.endsWith(' /public/graphql') || key.endsWith('/changes.atom');
      expect(route.Properties).toMatchObject(
        open ? { AuthorizationType: 'NONE' } : { AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } },
      );
    }
    const users = synth.stack.node.findChild('Users');
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: logicalId(users.node.findChild('UserPool').node.findChild('DashboardClient')) }],
        Issuer: joined('https://cognito-idp.eu-west-2.amazonaws.com/', {
          Ref: logicalId(users.node.findChild('UserPool')),
        }),
      },
    });
  });

  it('allows only the dashboard origin, logs every request as JSON and throttles the stage', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['http://localhost:5173'] }),
    });
    const [stage] = Object.values(synth.template.findResources('AWS::ApiGatewayV2::Stage'));
    expect(stage?.Properties.DefaultRouteSettings).toEqual({ ThrottlingBurstLimit: 40, ThrottlingRateLimit: 20 });
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
    expect(stage?.Properties.AccessLogSettings.DestinationArn).toEqual(getAtt(logicalId(synth.stack.api.accessLogs)));
  });

  it('throttles the anonymous route below the signed-in route (the stage default)', () => {
    const [stage] = Object.values(synth.template.findResources('AWS::ApiGatewayV2::Stage'));
    const signedIn = stage?.Properties.DefaultRouteSettings as { ThrottlingRateLimit: number };
    expect(stage?.Properties.RouteSettings).toEqual({
      'GET /public/graphql': { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
      'POST /public/graphql': { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
    });
    expect(stage?.Properties.RouteSettings['POST /public/graphql'].ThrottlingRateLimit).toBeLessThan(
      signedIn.ThrottlingRateLimit,
    );
    // The routes the settings name exist before the stage.
    const routes = Object.keys(synth.template.findResources('AWS::ApiGatewayV2::Route')).filter((id) =>
      /public/i.test(id),
    );
    expect(stage?.DependsOn).toEqual(expect.arrayContaining(routes));
  });

  it('issues accounts by admin only, with MFA, and users cannot write their own role or scope', () => {
    synth.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'role', AttributeDataType: 'String' }),
        Match.objectLike({ Name: 'scope', AttributeDataType: 'String' }),
      ]),
    });
    const [client] = Object.values(synth.template.findResources('AWS::Cognito::UserPoolClient'));
    expect(client?.Properties.ReadAttributes).toEqual(expect.arrayContaining(['custom:role', 'custom:scope']));
    expect(client?.Properties.WriteAttributes).toEqual(['name']);
    expect(client?.Properties.GenerateSecret).toBe(false);
  });
});

describe('functions', () => {
  it('run Node 22 on arm64 with their own log group, Powertools settings and the table name', () => {
    const functions = beaconResources(synth.template, 'AWS::Lambda::Function');
    expect(Object.keys(functions)).toHaveLength(4);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      expect(fn.Properties.Environment.Variables).toMatchObject({
        TABLE_NAME: { Ref: ids.table },
        POWERTOOLS_SERVICE_NAME: expect.stringMatching(/^beacon-/),
        POWERTOOLS_LOG_LEVEL: 'DEBUG',
        NODE_ENV: 'production',
      });
      expect(fn.Properties.LoggingConfig.LogGroup).toEqual({ Ref: expect.any(String) });
    }
  });

  it('keeps every log group for a set time (two weeks in dev)', () => {
    const logGroups = Object.values(synth.template.findResources('AWS::Logs::LogGroup'));
    expect(logGroups).toHaveLength(6); // four functions, the API access logs and the page copier's
    for (const group of logGroups) expect(group.Properties.RetentionInDays).toBe(14);
  });

  it('ships the API as a minified ESM bundle with a source map, built locally by esbuild', () => {
    const fn = synth.template.findResources('AWS::Lambda::Function')[ids.apiFunction];
    const key = fn?.Properties.Code.S3Key as string;
    const assetDir = path.join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`);
    const bundle = readFileSync(path.join(assetDir, 'index.mjs'), 'utf8');
    expect(bundle.startsWith("import { createRequire as beaconCreateRequire } from 'node:module';")).toBe(true);
    expect(bundle).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
    expect(bundle.length / bundle.split('\n').length).toBeGreaterThan(500); // minified: long lines
    expect(existsSync(path.join(assetDir, 'index.mjs.map'))).toBe(true);
    // The schema it runs has no descriptions (introspection is off in AWS; the local explorer keeps them).
    expect(descriptionsIn(bundle)).toEqual([]);
  });

  it('loads source maps at start in every function but the API, whose error log maps its stacks itself', () => {
    const functions = synth.template.findResources('AWS::Lambda::Function');
    const withMaps = Object.entries(functions)
      .filter(([, fn]) => fn.Properties.Runtime === 'nodejs22.x')
      .filter(([, fn]) => fn.Properties.Environment?.Variables?.NODE_OPTIONS === '--enable-source-maps')
      .map(([id]) => id);
    expect(withMaps.length).toBeGreaterThanOrEqual(3);
    expect(withMaps).not.toContain(ids.apiFunction);
    expect(functions[ids.apiFunction]?.Properties.Environment.Variables.NODE_OPTIONS).toBeUndefined();
  });

  it('leaves out what a Lambda never runs: the usage-reporting protobuf, any credential provider but env', () => {
    const functions = Object.values(synth.template.findResources('AWS::Lambda::Function')).filter(
      (fn) => typeof fn.Properties.Code.S3Key === 'string' && fn.Properties.Runtime === 'nodejs22.x',
    );
    expect(functions.length).toBeGreaterThanOrEqual(3);
    for (const fn of functions) {
      const assetDir = path.join(synth.outdir, `asset.${(fn.Properties.Code.S3Key as string).replace(/\.zip$/, '')}`);
      // The source map lists every file esbuild put in the bundle.
      const { sources } = JSON.parse(readFileSync(path.join(assetDir, 'index.mjs.map'), 'utf8')) as {
        sources: string[];
      };
      const packages = new Set(sources.map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1]));
      expect([...packages].filter((name) => name?.includes('credential-provider'))).toEqual([
        '@aws-sdk/credential-provider-env',
      ]);
      expect(packages.has('@aws-sdk/nested-clients')).toBe(false); // the STS and SSO clients of the chain
      expect(packages.has('@apollo/usage-reporting-protobuf')).toBe(false);
      expect(packages.has('sha.js')).toBe(false); // Apollo's query hashes are node:crypto's
      // One graphql-js: its ESM build only, never a second parser and GraphQLError class from the CommonJS one.
      expect(sources.filter((source) => /node_modules\/graphql\/.*\.js$/.test(source))).toEqual([]);
    }
  });

  it('makes CSV only in the API and searches only where search runs: the feeds carry neither', () => {
    const functions = Object.entries(synth.template.findResources('AWS::Lambda::Function')).filter(
      ([, fn]) => typeof fn.Properties.Code.S3Key === 'string' && fn.Properties.Runtime === 'nodejs22.x',
    );
    const packagesOf = (fn: (typeof functions)[number][1]) => {
      const assetDir = path.join(synth.outdir, `asset.${(fn.Properties.Code.S3Key as string).replace(/\.zip$/, '')}`);
      const { sources } = JSON.parse(readFileSync(path.join(assetDir, 'index.mjs.map'), 'utf8')) as {
        sources: string[];
      };
      return new Set(sources.map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1]));
    };
    const service = (fn: (typeof functions)[number][1]) =>
      fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME;
    const withCsv = functions.filter(([, fn]) => packagesOf(fn).has('csv-stringify')).map(([id]) => id);
    expect(withCsv).toEqual([ids.apiFunction]);
    const feeds = functions.find(([, fn]) => service(fn) === 'beacon-feeds')?.[1];
    expect(feeds).toBeDefined();
    if (feeds) expect(packagesOf(feeds).has('minisearch')).toBe(false); // the API's store with its search index
    if (feeds) expect(packagesOf(feeds).has('@apollo/server')).toBe(false);
  });

  it('builds the API’s schema with graphql-js alone: no @graphql-tools, usage signatures or lodash.get', () => {
    const key = synth.template.findResources('AWS::Lambda::Function')[ids.apiFunction]?.Properties.Code.S3Key as string;
    const map = path.join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs.map');
    const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
    const packages = new Set(sources.map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1]));
    expect([...packages].filter((name) => name?.startsWith('@graphql-tools/'))).toEqual([]);
    expect(packages.has('@apollo/utils.usagereporting')).toBe(false);
    expect(packages.has('lodash.sortby')).toBe(false);
    expect(packages.has('lodash.get')).toBe(false); // graphql-query-complexity's directive estimator, unused
  });

  it('leaves out the Apollo plugins the API installs Disabled, and graphql-js it never imports', () => {
    const key = synth.template.findResources('AWS::Lambda::Function')[ids.apiFunction]?.Properties.Code.S3Key as string;
    const assetDir = path.join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`);
    const { sources } = JSON.parse(readFileSync(path.join(assetDir, 'index.mjs.map'), 'utf8')) as { sources: string[] };
    const plugins = new Set(
      sources.map((source) => /@apollo\/server\/(?:src|dist\/esm)\/plugin\/([^/]+)/.exec(source)?.[1]),
    );
    for (const plugin of ['usageReporting', 'schemaReporting', 'inlineTrace', 'landingPage']) {
      expect(plugins.has(plugin)).toBe(false);
    }
    expect(plugins.has('disabled')).toBe(true); // what the API installs instead
    expect(plugins.has('cacheControl')).toBe(true); // still run: no-store on every answer
    const bundle = readFileSync(path.join(assetDir, 'index.mjs'), 'utf8');
    expect(bundle).toContain('import("./plugin/usageReporting/index.js")'); // left as Apollo wrote it, never called
    // Apollo's incremental-delivery check imports graphql as a namespace: through the stub, only the names used.
    for (const unused of ['findBreakingChanges', 'buildClientSchema', 'getIntrospectionQuery', 'lexicographicSort']) {
      expect(sources.filter((source) => source.includes(`node_modules/graphql/utilities/${unused}`))).toEqual([]);
    }
    expect(sources.filter((source) => source.includes('node_modules/graphql/')).length).toBeGreaterThan(50);
  });
});

describe('identity', () => {
  it('gives the API function no way to act for a caller without verified claims', () => {
    const api = synth.template.findResources('AWS::Lambda::Function')[ids.apiFunction];
    // The handler reads identity only from the authorizer's claims; nothing in its settings may stand in for them.
    expect(Object.keys(api?.Properties.Environment.Variables ?? {}).sort()).toEqual(
      ['NODE_ENV', 'POWERTOOLS_LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME', 'TABLE_NAME'].sort(),
    );
    const key = api?.Properties.Code.S3Key as string;
    const bundle = readFileSync(path.join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs'), 'utf8');
    expect(bundle).not.toMatch(/UNAUTHENTICATED_ROLE|unauthenticatedCaller/);
    // …and the claims it reads are the authorizer's (requestContext.authorizer.jwt.claims), never a request header.
    expect(bundle).toMatch(/authorizer\?*\.jwt\?*\.claims/);
  });

  it('caps the API function at its reserved concurrency', () => {
    const api = synth.template.findResources('AWS::Lambda::Function')[ids.apiFunction];
    expect(api?.Properties.ReservedConcurrentExecutions).toBe(10);
  });
});

describe('the reassessment schedule', () => {
  it('runs daily at 06:00 Europe/London with retries and the DLQ on both hops', () => {
    synth.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 6 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/London',
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: getAtt(ids.jobFunction),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: getAtt(ids.jobQueue) },
      }),
    });
    const [schedule] = Object.values(synth.template.findResources('AWS::Scheduler::Schedule'));
    expect(JSON.parse(schedule?.Properties.Target.Input as string)).toEqual({
      source: 'beacon.schedule',
      scheduledTime: '<aws.scheduler.scheduled-time>',
      executionId: '<aws.scheduler.execution-id>',
    });
    synth.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: ids.jobFunction },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: getAtt(ids.jobQueue) } },
    });
  });
});

describe('the import bucket', () => {
  it('is encrypted, private, TLS only, and announces uploads to EventBridge', () => {
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
      LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
    });
    synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: ids.uploads },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('starts the importer for objects under imports/, with retries and a DLQ', () => {
    synth.template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: [{ Ref: ids.uploads }] }, object: { key: [{ prefix: 'imports/' }] } },
      },
      Targets: [
        Match.objectLike({ DeadLetterConfig: { Arn: getAtt(ids.importerQueue) }, RetryPolicy: Match.anyValue() }),
      ],
    });
  });
});

describe('alarms', () => {
  it('watch errors and throttles of every function, API 5xx and each DLQ, notifying the alarm topic', () => {
    const alarms = Object.values(synth.template.findResources('AWS::CloudWatch::Alarm'));
    const metrics = alarms.map((alarm) => alarm.Properties.MetricName as string).sort();
    expect(metrics).toEqual([
      '5xx',
      'ApproximateNumberOfMessagesVisible',
      'ApproximateNumberOfMessagesVisible',
      'Errors',
      'Errors',
      'Errors',
      'Errors',
      'Throttles',
      'Throttles',
      'Throttles',
      'Throttles',
    ]);
    const topic = logicalId(synth.stack.node.findChild('Alarms').node.findChild('Topic'));
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
  });
});

/** CDK's page copier's findings, acknowledged in web-hosting.ts: its runtime, basic role and bucket wildcards. */
function pageCopierAcknowledgements(synthesised: Synthesised): string[] {
  const copier = synthesised.stack.node.children.find((child) => isPageCopier(child.node.id.replace('::', '')));
  const pages = logicalId(synthesised.stack.web.bucket);
  const findings = [
    'L1',
    'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((a) => `IAM5[Action::${a}]`),
    'IAM5[Resource::arn:aws:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-eu-west-2/*]',
    'IAM5[Resource::*]',
    `IAM5[Resource::<${pages}.Arn>/*]`,
  ];
  return findings.map((finding) => `${copier?.node.path} AwsSolutions-${finding}`);
}

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged finding, error or warning', () => {
    expect(nagFindings(synth.app)).toEqual([]);
  });

  it('has only the acknowledgements reviewed here, each with a written reason', () => {
    const acks = acknowledgements(synth.app);
    expect(acks.map((ack) => `${ack.path} ${ack.id}`).sort()).toEqual(
      [
        'Beacon-dev/GraphqlApi/Function AwsSolutions-L1',
        'Beacon-dev/Api/HttpApi/GET--public--graphql AwsSolutions-APIG4',
        'Beacon-dev/Api/HttpApi/POST--public--graphql AwsSolutions-APIG4',
        'Beacon-dev/Api/HttpApi/GET--councils--{code}--changes.atom AwsSolutions-APIG4',
        'Beacon-dev/Api/HttpApi/GET--trusts--{uid}--changes.atom AwsSolutions-APIG4',
        'Beacon-dev/Api/HttpApi/GET--schools--{urn}--changes.atom AwsSolutions-APIG4',
        'Beacon-dev/AtomFeeds/Function AwsSolutions-L1',
        'Beacon-dev/ReassessmentJob/Reassessment/Function AwsSolutions-L1',
        'Beacon-dev/Import/Importer/Function AwsSolutions-L1',
        'Beacon-dev/ReassessmentJob/DeadLetters/Queue AwsSolutions-SQS3',
        'Beacon-dev/Import/DeadLetters/Queue AwsSolutions-SQS3',
        `Beacon-dev/ReassessmentJob/SchedulerRole AwsSolutions-IAM5[Resource::<${ids.jobFunction}.Arn>:*]`,
        `Beacon-dev/Import/Importer/Role AwsSolutions-IAM5[Resource::<${ids.uploads}.Arn>/imports/*]`,
        'Beacon-dev/Import/AccessLogs AwsSolutions-S1',
        'Beacon-dev/Web/Logs AwsSolutions-S1',
        'Beacon-dev/Web/Distribution AwsSolutions-CFR1',
        'Beacon-dev/Web/Distribution AwsSolutions-CFR4',
        ...pageCopierAcknowledgements(synth),
      ].sort(),
    );
    for (const ack of acks) expect(ack.reason.length).toBeGreaterThan(40);
  });
});
