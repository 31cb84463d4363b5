// The web page in AWS: web/dist in a private bucket that only CloudFront may read (origin access control), served
// with security headers; /graphql and /public/graphql go through the same distribution to the HTTP API, so the
// page and its API share one origin (no CORS). /config.json tells the page the user pool to sign in with.
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { atomFeedRoutes, graphqlPath, publicGraphqlPath } from '../../functions/deployment.js';
import { wildcardArnFinding } from '../nag-findings.js';
import { fromRepoRoot } from '../repo-paths.js';
import type { StageConfig } from '../stage-config.js';
import type { Api } from './api.js';
import type { BeaconUserPool } from './beacon-user-pool.js';
import { privateBucketProps } from './private-bucket.js';

export interface WebHostingProps {
  readonly config: StageConfig;
  readonly api: Api;
  readonly users: BeaconUserPool;
  /** The built page (web/dist); tests pass a stand-in directory. */
  readonly webDist?: string;
  /** The WAF web ACL (scope CLOUDFRONT, in us-east-1) in front of the distribution: edge-firewall.ts. */
  readonly webAclArn: string;
}

export class WebHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const { config } = props;
    const privateBucket = privateBucketProps(config, ObjectOwnership.BUCKET_OWNER_PREFERRED);
    const removalPolicy = privateBucket.removalPolicy;
    const logs = new Bucket(this, 'Logs', {
      ...privateBucket,
      lifecycleRules: [{ expiration: Duration.days(config.isProd ? 365 : 30) }],
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: "This bucket holds the page bucket's and CloudFront's access logs; logging it too would be endless.",
    });
    this.bucket = new Bucket(this, 'Pages', {
      ...privateBucket,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'pages/',
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy:
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self' " +
            `https://cognito-idp.${Stack.of(this).region}.amazonaws.com https://*.amazoncognito.com; ` +
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self' https://*.amazoncognito.com",
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });
    const apiOrigin = new HttpOrigin(`${props.api.httpApi.apiId}.execute-api.${Stack.of(this).region}.amazonaws.com`);
    const apiBehaviour = {
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    // CloudFront's CachingOptimized, written out so the template shows (and a test checks) that the page's files
    // are cached per encoding and sent brotli- or gzip-compressed as the browser accepts.
    const pageCache = new CachePolicy(this, 'PageCache', {
      comment: 'Beacon web page: cached by encoding, compressed with brotli or gzip',
      minTtl: Duration.seconds(1),
      defaultTtl: Duration.days(1),
      maxTtl: Duration.days(365),
      enableAcceptEncodingBrotli: true,
      enableAcceptEncodingGzip: true,
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Beacon web page (${config.stage})`,
      webAclId: props.webAclArn,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        cachePolicy: pageCache,
        compress: true,
      },
      additionalBehaviors: {
        [graphqlPath]: apiBehaviour,
        [publicGraphqlPath]: apiBehaviour,
        // The Atom feeds: cached at the edge for as long as the feed function says (max-age=300).
        ...Object.fromEntries(
          atomFeedRoutes.map(({ pattern }) => [
            pattern,
            {
              origin: apiOrigin,
              viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
              allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
              cachePolicy: CachePolicy.CACHING_OPTIMIZED,
            },
          ]),
        ),
      },
      // Every page's address is the app's: the bucket answers 403 for a path it has no object for.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.minutes(5),
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Councils and trusts reach Beacon from anywhere in the UK and abroad; no country is excluded.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason: 'The default CloudFront certificate is used until a custom domain (dashboardOrigin) is attached.',
      },
    );

    const stack = Stack.of(this);
    const region = stack.region;
    new BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      logGroup: new LogGroup(this, 'DeployLogs', { retention: config.logRetention, removalPolicy }),
      distribution: this.distribution,
      sources: [
        // The build's .br and .gz copies are for `npm start`; CloudFront compresses the files itself.
        Source.asset(props.webDist ?? fromRepoRoot('web/dist'), { exclude: ['*.br', '*.gz'] }),
        Source.jsonData('config.json', {
          apiUrl: graphqlPath,
          auth: {
            mode: 'cognito',
            authority: `https://cognito-idp.${region}.amazonaws.com/${props.users.userPool.userPoolId}`,
            clientId: props.users.dashboardClient.userPoolClientId,
            domain: props.users.domain.baseUrl(),
          },
        }),
      ],
    });
    acknowledgeDeploymentHandler(stack, this.bucket);
  }
}

/**
 * BucketDeployment copies the page with a Lambda function CDK owns (one per stack): its role, runtime and the
 * wildcards on the two buckets it copies between are CDK's, reviewed here rather than rewritten.
 */
function acknowledgeDeploymentHandler(stack: Stack, pages: Bucket): void {
  const handler = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!handler) throw new Error('BucketDeployment created no handler to review.');
  const copying = "CDK's BucketDeployment handler copies the built page from the CDK asset bucket into the page bucket";
  const assets = `arn:aws:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*`;
  Validations.of(handler).acknowledge(
    { id: 'AwsSolutions-L1', reason: `${copying}; its runtime is chosen by the CDK version, updated with it.` },
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${copying}; AWS's basic execution policy only lets it write its own logs.`,
    },
    ...['Action::s3:GetBucket*', 'Action::s3:GetObject*', 'Action::s3:List*', 'Action::s3:Abort*']
      .concat(['Action::s3:DeleteObject*', `Resource::${assets}`, 'Resource::*'])
      .map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason: `${copying}; CDK grants it read on the asset and read-write on the page bucket (and invalidation).`,
      })),
    { id: wildcardArnFinding(pages, '/*'), reason: `${copying}: every object of the page bucket is the page's.` },
  );
}
