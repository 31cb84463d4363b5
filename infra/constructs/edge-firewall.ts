// WAF in front of the CloudFront distribution: rate-based rules per client IP, a stricter one for the anonymous
// route, answering 429 with Retry-After and a GraphQL-shaped error, as the local server's per-client limit does.
// A CloudFront web ACL must live in us-east-1 (see beacon-app.ts for the stack that holds it).
import { Stack, Token } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { publicGraphqlPath } from '../../functions/deployment.js';
import type { StageConfig } from '../stage-config.js';

export interface EdgeFirewallProps {
  readonly config: StageConfig;
}

const RATE_LIMITED_BODY = 'rate-limited';

export class EdgeFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeFirewallProps) {
    super(scope, id);
    const { stage, edgeRateLimits } = props.config;
    const region = Stack.of(this).region;
    if (!Token.isUnresolved(region) && region !== 'us-east-1') {
      throw new Error('A CloudFront web ACL must be created in us-east-1.');
    }
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      metricName: `beacon-${stage}-${metricName}`,
      sampledRequestsEnabled: true,
    });
    const tooMany = {
      block: {
        customResponse: {
          responseCode: 429,
          customResponseBodyKey: RATE_LIMITED_BODY,
          responseHeaders: [{ name: 'Retry-After', value: String(edgeRateLimits.windowSeconds) }],
        },
      },
    };
    const perIp = (limit: number, scopeDown?: CfnWebACL.StatementProperty) => ({
      rateBasedStatement: {
        limit,
        evaluationWindowSec: edgeRateLimits.windowSeconds,
        aggregateKeyType: 'IP',
        ...(scopeDown ? { scopeDownStatement: scopeDown } : {}),
      },
    });
    const minutes = edgeRateLimits.windowSeconds / 60;
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `beacon-${stage}-edge`,
      description: `Beacon ${stage} - per-IP rate limits in front of the page and the API`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('edge'),
      customResponseBodies: {
        [RATE_LIMITED_BODY]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            errors: [
              {
                message:
                  `Too many requests from this address: at most ${edgeRateLimits.publicApiPerIp} anonymous API ` +
                  `requests and ${edgeRateLimits.allPerIp} requests in all per ${minutes} minutes. Try again ` +
                  'later, or sign in.',
                extensions: { code: 'RATE_LIMITED' },
              },
            ],
          }),
        },
      },
      rules: [
        {
          name: 'AnonymousApiPerIp',
          priority: 0,
          statement: perIp(edgeRateLimits.publicApiPerIp, {
            byteMatchStatement: {
              fieldToMatch: { uriPath: {} },
              positionalConstraint: 'STARTS_WITH',
              searchString: publicGraphqlPath,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          }),
          action: tooMany,
          visibilityConfig: visibility('anonymous-api-per-ip'),
        },
        {
          name: 'AllRequestsPerIp',
          priority: 1,
          statement: perIp(edgeRateLimits.allPerIp),
          action: tooMany,
          visibilityConfig: visibility('all-per-ip'),
        },
      ],
    });
  }

  get webAclArn(): string {
    return this.webAcl.attrArn;
  }
}
