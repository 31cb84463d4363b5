// The web page's hosting in the dev stack: a private bucket read through CloudFront, the API on the same origin,
// and the user pool's hosted sign-in the page uses.
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAtt, logicalId, removeOutdir, type Synthesised, synthBeacon } from './synth-beacon.js';

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
      '/councils/*/changes.atom',
      '/graphql',
      '/public/graphql',
      '/schools/*/changes.atom',
      '/trusts/*/changes.atom',
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

  it('sends the page brotli- or gzip-compressed as the browser accepts, cached per encoding', () => {
    const distribution = Object.values(synth.template.findResources('AWS::CloudFront::Distribution'))[0];
    const page = distribution?.Properties.DistributionConfig.DefaultCacheBehavior;
    expect(page.Compress).toBe(true);
    const policies = synth.template.findResources('AWS::CloudFront::CachePolicy');
    const policy = policies[(page.CachePolicyId as { Ref: string }).Ref]?.Properties.CachePolicyConfig;
    expect(policy?.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
      EnableAcceptEncodingBrotli: true,
      EnableAcceptEncodingGzip: true,
    });
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

interface RateRule {
  Name: string;
  Statement: { RateBasedStatement: { Limit: number; AggregateKeyType: string; ScopeDownStatement?: unknown } };
  Action: { Block: { CustomResponse: { ResponseCode: number; ResponseHeaders: { Name: string; Value: string }[] } } };
}

function rateRules(template: Template): { acl: Record<string, unknown>; rules: RateRule[] } {
  const acls = Object.values(template.findResources('AWS::WAFv2::WebACL'));
  expect(acls).toHaveLength(1);
  const acl = acls[0]?.Properties as Record<string, unknown> & { Rules: RateRule[] };
  return { acl, rules: acl.Rules };
}

describe('the edge firewall', () => {
  it('puts a WAF web ACL in us-east-1 in front of the distribution, its ARN passed across regions', () => {
    const edge = Stack.of(synth.stack.edgeFirewall);
    expect(edge.region).toBe('us-east-1');
    expect(synth.stack.region).toBe('eu-west-2');
    const { acl } = rateRules(Template.fromStack(edge));
    expect(acl).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    synth.template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    const distribution = Object.values(synth.template.findResources('AWS::CloudFront::Distribution'))[0];
    expect(JSON.stringify(distribution?.Properties.DistributionConfig.WebACLId)).toContain(edge.stackName);
  });

  it('limits requests per client IP, the anonymous route more tightly, answering 429 with Retry-After', () => {
    const { acl, rules } = rateRules(Template.fromStack(Stack.of(synth.stack.edgeFirewall)));
    const byName = Object.fromEntries(rules.map((rule) => [rule.Name, rule]));
    const anonymous = byName.AnonymousApiPerIp;
    const all = byName.AllRequestsPerIp;
    expect(anonymous?.Statement.RateBasedStatement).toMatchObject({ Limit: 300, AggregateKeyType: 'IP' });
    expect(JSON.stringify(anonymous?.Statement.RateBasedStatement.ScopeDownStatement)).toContain('/public/graphql');
    expect(all?.Statement.RateBasedStatement).toMatchObject({ Limit: 1500, AggregateKeyType: 'IP' });
    expect(all?.Statement.RateBasedStatement.ScopeDownStatement).toBeUndefined();
    for (const rule of [anonymous, all]) {
      expect(rule?.Action.Block.CustomResponse.ResponseCode).toBe(429);
      expect(rule?.Action.Block.CustomResponse.ResponseHeaders).toEqual([{ Name: 'Retry-After', Value: '300' }]);
    }
    const bodies = acl.CustomResponseBodies as Record<string, { ContentType: string; Content: string }>;
    const body = Object.values(bodies)[0];
    expect(body?.ContentType).toBe('APPLICATION_JSON');
    const parsed = JSON.parse(body?.Content ?? '{}') as { errors: { message: string; extensions: { code: string } }[] };
    expect(parsed.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(parsed.errors[0]?.message).toMatch(/^Too many requests from this address: at most 300 anonymous API/);
  });

  it('keeps the web ACL in the stack itself when the stack is in us-east-1', () => {
    const east = synthBeacon({ context: { region: 'us-east-1' } });
    try {
      expect(Stack.of(east.stack.edgeFirewall)).toBe(east.stack);
      east.template.resourceCountIs('AWS::WAFv2::WebACL', 1);
      const distribution = Object.values(east.template.findResources('AWS::CloudFront::Distribution'))[0];
      expect(distribution?.Properties.DistributionConfig.WebACLId).toEqual(
        getAtt(east.stack.getLogicalId(east.stack.edgeFirewall.webAcl)),
      );
    } finally {
      removeOutdir(east);
    }
  }, 120_000);
});
