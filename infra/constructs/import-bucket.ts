// GIAS / Ofsted CSV drops: a private, encrypted, TLS-only bucket whose uploads under `imports/`
// reach the importer through EventBridge (native S3 -> EventBridge, so no notification custom resource).
import { Duration, Validations } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Bucket, type CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { importPrefix, lambdaEntries } from '../../functions/deployment.js';
import { wildcardArnFinding } from '../nag-findings.js';
import { BeaconFunction } from './beacon-function.js';
import { DeadLetterQueue } from './dead-letter-queue.js';
import { type FunctionConstructProps, privateBucketProps } from './private-bucket.js';

export type ImportBucketProps = FunctionConstructProps;

export class ImportBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;
  readonly handler: BeaconFunction;
  readonly deadLetters: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: ImportBucketProps) {
    super(scope, id);
    const { config } = props;
    const privateBucket = privateBucketProps(config, ObjectOwnership.BUCKET_OWNER_ENFORCED);

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      ...privateBucket,
      lifecycleRules: [{ expiration: Duration.days(config.isProd ? 365 : 30) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        "This bucket holds the import bucket's server access logs; " +
        'logging it too would need another log bucket, endlessly.',
    });

    this.bucket = new Bucket(this, 'Uploads', {
      ...privateBucket,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'uploads/',
      lifecycleRules: [
        // Imports are replayable from the source extracts; old versions only help undo a bad upload.
        { noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
    (this.bucket.node.defaultChild as CfnBucket).notificationConfiguration = {
      eventBridgeConfiguration: { eventBridgeEnabled: true },
    };

    this.handler = new BeaconFunction(this, 'Importer', {
      entry: lambdaEntries.importer,
      description: `Imports GIAS / Ofsted CSV files uploaded under s3://.../${importPrefix}`,
      serviceName: 'beacon-importer',
      config,
      table: props.table,
      tableAccess: 'read-write',
      memorySize: 1024,
      timeout: Duration.minutes(10),
    });
    const fn = this.handler.function;
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects(`${importPrefix}*`)] }),
    );
    Validations.of(this.handler.role).acknowledge({
      id: wildcardArnFinding(this.bucket, `/${importPrefix}*`),
      reason:
        'Upload keys are not known at deploy time; ' +
        'the importer may only read objects under imports/ of this one bucket.',
    });

    this.deadLetters = new DeadLetterQueue(this, 'DeadLetters', {
      reason: "Dead-letter queue of the upload rule and of the importer's asynchronous invocations",
    });
    // EventBridge invokes asynchronously: Lambda retries, then parks the upload event here for a replay.
    fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(this.deadLetters.queue),
    });
    new Rule(this, 'OnUpload', {
      description: 'A CSV uploaded to the import bucket starts an import',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [this.bucket.bucketName] }, object: { key: [{ prefix: importPrefix }] } },
      },
      targets: [
        new LambdaFunction(fn, {
          retryAttempts: 3,
          maxEventAge: Duration.hours(2),
          deadLetterQueue: this.deadLetters.queue,
        }),
      ],
    });

    props.alarms.watchFunction('Importer', fn);
    props.alarms.watchDeadLetters('ImporterDlq', this.deadLetters.queue);
  }
}
