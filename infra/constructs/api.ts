// The HTTP API in front of the GraphQL Lambda: /graphql behind the Cognito JWT authorizer, /public/graphql for
// anonymous readers (the handler sees no claims there, so the access table gives it public facts only),
// CORS for the dashboard only, JSON access logs, stage throttling and the public route's own, lower throttling.
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { atomFeedRoutes, graphqlPath, publicGraphqlPath } from '../../functions/deployment.js';
import type { StageConfig } from '../stage-config.js';
import type { BeaconFunction } from './beacon-function.js';
import type { BeaconUserPool } from './beacon-user-pool.js';

export interface ApiProps {
  readonly config: StageConfig;
  readonly handler: BeaconFunction;
  readonly users: BeaconUserPool;
  /** The Atom feeds' function (functions/feeds): its public GET routes. */
  readonly feeds?: BeaconFunction;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { config } = props;

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `beacon-${config.stage}`,
      description: `Beacon GraphQL API (${config.stage})`,
      // The stage below is created explicitly so it can carry access logs and throttling.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [config.dashboardOrigin],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
        maxAge: Duration.hours(1),
      },
    });

    const authorizer = new HttpUserPoolAuthorizer('CognitoJwt', props.users.userPool, {
      userPoolClients: [props.users.dashboardClient],
    });
    // GraphQL over HTTP: queries by GET or POST, mutations by POST; preflight OPTIONS is answered by CORS.
    const integration = new HttpLambdaIntegration('GraphqlIntegration', props.handler.function);
    this.httpApi.addRoutes({ path: graphqlPath, methods: [HttpMethod.GET, HttpMethod.POST], integration, authorizer });
    const publicMethods = [HttpMethod.GET, HttpMethod.POST];
    const publicRoutes = this.httpApi.addRoutes({
      path: publicGraphqlPath,
      methods: publicMethods,
      integration,
      authorizer: new HttpNoneAuthorizer(),
    });
    const feedRoutes = props.feeds ? this.addFeedRoutes(props.feeds) : [];
    for (const route of [...publicRoutes, ...feedRoutes]) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Public facts (schools, councils, trusts, Ofsted outcomes, award levels and dates) are open data. The ' +
          'handlers read identity only from JWT authorizer claims, which these routes never carry, so they answer ' +
          'as anonymous (the Atom feeds list public changes only).',
      });
    }

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetention,
      removalPolicy: config.isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: config.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            user: '$context.authorizer.claims.sub',
          }),
        ),
      },
    });

    // Per-route settings: the anonymous route gets less of the API's rate than the signed-in one (the stage's).
    const stageResource = this.stage.node.defaultChild as CfnStage;
    stageResource.routeSettings = Object.fromEntries(
      publicMethods.map((method) => [
        `${method} ${publicGraphqlPath}`,
        {
          ThrottlingRateLimit: config.publicThrottle.rateLimit,
          ThrottlingBurstLimit: config.publicThrottle.burstLimit,
        },
      ]),
    );
    // Route settings name routes that must exist first.
    for (const route of publicRoutes) this.stage.node.addDependency(route);
  }

  /** GET /councils/{code}/changes.atom and the trust's and school's: public changes only, no authorizer. */
  private addFeedRoutes(feeds: BeaconFunction) {
    const integration = new HttpLambdaIntegration('AtomFeedIntegration', feeds.function);
    return atomFeedRoutes.flatMap(({ route }) =>
      this.httpApi.addRoutes({
        path: route,
        methods: [HttpMethod.GET],
        integration,
        authorizer: new HttpNoneAuthorizer(),
      }),
    );
  }

  get url(): string {
    return this.stage.url;
  }
}
