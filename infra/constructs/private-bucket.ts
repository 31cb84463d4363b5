// What every Beacon bucket is: encrypted, never public, TLS only, kept in prod and removed with a dev stack.
import { RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, BucketEncryption, type BucketProps, type ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { StageConfig } from '../stage-config.js';
import type { BeaconAlarms } from './alarms.js';
import type { BeaconTable } from './beacon-table.js';

/**
 * A private bucket's settings. Object ownership differs: CloudFront's standard logs need ACLs (preferred), an
 * import bucket needs none (enforced).
 */
export function privateBucketProps(config: StageConfig, objectOwnership: ObjectOwnership): BucketProps {
  return {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership,
    removalPolicy: config.isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  };
}

/** What a construct that runs a Beacon function over the table needs from the stack. */
export interface FunctionConstructProps {
  readonly config: StageConfig;
  readonly table: BeaconTable;
  readonly alarms: BeaconAlarms;
}
