// A dead-letter queue: encrypted, TLS only, kept for the longest SQS allows so nothing is lost over a holiday.
import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface DeadLetterQueueProps {
  /** What this queue is the dead-letter queue of; becomes the cdk-nag acknowledgement. */
  readonly reason: string;
}

export class DeadLetterQueue extends Construct {
  readonly queue: Queue;

  constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id);
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: `${props.reason}; a queue of last resort has no further dead-letter queue, and its depth is alarmed.`,
    });
  }
}
