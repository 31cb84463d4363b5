// The one place that sets Lambda defaults and binds the table: a function gets TABLE_NAME and its
// table grant together, so no function can see the table name without the matching least privilege.
import { existsSync } from 'node:fs';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { esmRequireBanner, lambdaBuildFlags, lambdaDefines, lambdaEsbuildArgs } from '../lambda-bundling.js';
import { fromRepoRoot, repoRoot } from '../repo-paths.js';
import type { StageConfig } from '../stage-config.js';
import type { BeaconTable, TableAccess } from './beacon-table.js';

export const lambdaRuntime = Runtime.NODEJS_22_X;

export interface BeaconFunctionProps {
  /** Entry path relative to the repository root, e.g. `functions/graphql/handler.ts`. */
  readonly entry: string;
  readonly description: string;
  /** Powertools service name: groups this function's logs and metrics. */
  readonly serviceName: string;
  readonly config: StageConfig;
  readonly table: BeaconTable;
  readonly tableAccess: TableAccess;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  readonly environment?: Readonly<Record<string, string>>;
  /** Caps concurrent instances: a flood of requests cannot take the account's whole Lambda concurrency. */
  readonly reservedConcurrency?: number;
  /**
   * Node reads the bundle's source map as it loads (--enable-source-maps), so every stack is in source positions.
   * The API turns this off: it costs ~12 ms of each cold start, and its error log maps stacks itself
   * (functions/source-mapped-stack.ts). Default true.
   */
  readonly sourceMapsAtLoad?: boolean;
}

export class BeaconFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: BeaconFunctionProps) {
    super(scope, id);
    const entry = fromRepoRoot(props.entry);
    if (!existsSync(entry)) throw new Error(`Lambda entry ${props.entry} does not exist.`);

    // Own log group: retention is set here and nothing needs a log-retention custom resource.
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.config.logRetention,
      removalPolicy: props.config.isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: logs may go to this log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName} (${props.config.stage}): own logs, Beacon table ${props.tableAccess}`,
    });
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      entry,
      handler: 'handler',
      description: props.description,
      runtime: lambdaRuntime,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      reservedConcurrentExecutions: props.reservedConcurrency,
      projectRoot: repoRoot,
      depsLockFilePath: fromRepoRoot('package-lock.json'),
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        // Powertools' own variable: the one log level setting every function reads.
        POWERTOOLS_LOG_LEVEL: props.config.logLevel,
        ...(props.sourceMapsAtLoad === false ? {} : { NODE_OPTIONS: '--enable-source-maps' }),
        // Libraries (graphql-js among them) skip development-only checks; the API turns introspection off.
        NODE_ENV: 'production',
        ...props.environment,
        TABLE_NAME: props.table.tableName,
      },
      bundling: {
        // The flags and aliases of infra/lambda-bundling.ts, which the bench bundles with too.
        minify: lambdaBuildFlags.minify,
        sourceMap: lambdaBuildFlags.sourcemap,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: lambdaBuildFlags.sourcesContent,
        target: lambdaBuildFlags.target,
        format: OutputFormat.ESM,
        mainFields: [...lambdaBuildFlags.mainFields],
        banner: esmRequireBanner,
        define: { ...lambdaDefines },
        esbuildArgs: { ...lambdaEsbuildArgs(props.entry) },
        // Ship the SDK versions the tests ran against rather than whatever the runtime carries.
        bundleAwsSDK: true,
        forceDockerBundling: false,
        logLevel: LogLevel.WARNING,
      },
    });
    for (const statement of props.table.accessStatements(props.tableAccess)) this.role.addToPolicy(statement);
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node 22 is the runtime the bundle targets (esbuild target node22) and the code is tested for; ' +
        'moving to Node 24 is a deliberate upgrade, not a default.',
    });
  }
}
