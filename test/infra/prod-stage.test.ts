// The prod stage keeps its data, and refuses to synthesise without the settings only prod can know.
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStageConfig } from '../../infra/stage-config.js';
import { beaconResources, nagFindings, removeOutdir, type Synthesised, synthBeacon } from './synth-beacon.js';

const prodContext = {
  stage: 'prod',
  dashboardOrigin: 'https://beacon.example.gov.uk',
  sesIdentity: 'beacon.example.gov.uk',
  alarmEmail: 'ops@example.gov.uk',
};

let synth: Synthesised;

beforeAll(() => {
  synth = synthBeacon({ context: prodContext });
}, 120_000);

afterAll(() => removeOutdir(synth));

describe('the prod stack', () => {
  it('is named for its stage and protected from deletion', () => {
    expect(synth.stack.stackName).toBe('Beacon-prod');
    expect(synth.stack.terminationProtection).toBe(true);
  });

  it('retains the table with deletion protection and point-in-time recovery', () => {
    synth.template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
  });

  it('retains the user pool, the upload buckets and every log group', () => {
    synth.template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
    });
    for (const type of ['AWS::S3::Bucket', 'AWS::Logs::LogGroup']) {
      const resources = Object.values(synth.template.findResources(type));
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources) expect(resource.DeletionPolicy).toBe('Retain');
    }
  });

  it('keeps logs six months, logs at INFO and throttles at prod rates, the anonymous route at a quarter', () => {
    for (const group of Object.values(synth.template.findResources('AWS::Logs::LogGroup'))) {
      expect(group.Properties.RetentionInDays).toBe(180);
    }
    for (const fn of Object.values(beaconResources(synth.template, 'AWS::Lambda::Function'))) {
      expect(fn.Properties.Environment.Variables.POWERTOOLS_LOG_LEVEL).toBe('INFO');
    }
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      RouteSettings: {
        'GET /public/graphql': { ThrottlingRateLimit: 25, ThrottlingBurstLimit: 50 },
        'POST /public/graphql': { ThrottlingRateLimit: 25, ThrottlingBurstLimit: 50 },
      },
    });
  });

  it('takes the dashboard origin, SES identity and alarm email from context', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://beacon.example.gov.uk'] }),
    });
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          REMINDER_FROM_ADDRESS: 'beacon-reminders@beacon.example.gov.uk',
          EVENT_BUS_NAME: 'default',
          // The weekly digest's links go to the site, so digests are sent.
          WEB_BASE_URL: 'https://beacon.example.gov.uk',
        }),
      },
    });
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.gov.uk',
    });
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    expect(nagFindings(synth.app)).toEqual([]);
  });
});

describe('stage configuration', () => {
  const reader = (context: Record<string, unknown>) => (key: string) => context[key];

  it('refuses prod without a dashboard origin or an SES identity, naming the missing setting', () => {
    expect(() => readStageConfig(reader({ stage: 'prod', sesIdentity: 'x.org' }))).toThrow(/dashboardOrigin.*required/);
    expect(() => readStageConfig(reader({ stage: 'prod', dashboardOrigin: 'https://a.org' }))).toThrow(/sesIdentity/);
    const insecure = { ...prodContext, dashboardOrigin: 'http://insecure.org' };
    expect(() => readStageConfig(reader(insecure))).toThrow(/dashboardOrigin/);
  });

  it('rejects an unknown stage', () => {
    expect(() => readStageConfig(reader({ stage: 'staging' }))).toThrow(/"dev" or "prod"/);
  });

  it('uses the SES identity itself as the sender when it is an address', () => {
    const config = readStageConfig(reader({ sesIdentity: 'reminders@school.org' }));
    expect(config.reminderFromAddress).toBe('reminders@school.org');
  });
});
