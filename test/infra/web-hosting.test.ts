// The web page's hosting in the dev stack: a private bucket read through CloudFront, the API on the same origin,
// and the user pool's hosted sign-in the page uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logicalId, removeOutdir, synthBeacon, type Synthesised } from './synth-beacon.js';

let synth: Synthesised;

beforeAll(() => {
  synth = synthBeacon();
}, 120_000);

afterAll(() => removeOutdir(synth));

describe('the web page', () => {
  it('is served from a private bucket only CloudFront reads, with /graphql sent to the API on one origin', () => {
    const bucket = synth.template.findResources('AWS::S3::Bucket')[logicalId(synth.stack.web.bucket)];
    expect(bucket?.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    synth.template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const distribution = Object.values(synth.template.findResources('AWS::CloudFront::Distribution'))[0];
    const config = distribution?.Properties.DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.CacheBehaviors.map((behaviour: { PathPattern: string }) => behaviour.PathPattern).sort()).toEqual([
      '/graphql',
      '/public/graphql',
    ]);
    // Every page's address opens the app.
    expect(config.CustomErrorResponses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html' }),
      ]),
    );
    const policy = Object.values(synth.template.findResources('AWS::S3::BucketPolicy')).find((candidate) =>
      JSON.stringify(candidate.Properties.Bucket).includes(logicalId(synth.stack.web.bucket)),
    );
    expect(JSON.stringify(policy?.Properties.PolicyDocument)).toContain('cloudfront.amazonaws.com');
  });

  it('deploys the built page with a config.json naming the user pool for the hosted sign-in (code with PKCE)', () => {
    synth.template.resourceCountIs('Custom::CDKBucketDeployment', 1);
    const client = Object.values(synth.template.findResources('AWS::Cognito::UserPoolClient'))[0];
    expect(client?.Properties).toMatchObject({
      AllowedOAuthFlows: ['code'],
      CallbackURLs: ['http://localhost:5173/sign-in'],
      GenerateSecret: false,
    });
    synth.template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });
});
