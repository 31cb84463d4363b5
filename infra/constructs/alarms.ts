// Alarms that need a human: function errors and throttles, API 5xx, and anything left in a DLQ.
// All notify one SNS topic; an email subscription is added when `-c alarmEmail=` is given.
import { Duration } from 'aws-cdk-lib';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface BeaconAlarmsProps {
  readonly alarmEmail: string | undefined;
}

export class BeaconAlarms extends Construct {
  readonly topic: Topic;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: BeaconAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Beacon alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    this.action = new SnsAction(this.topic);
  }

  /** Errors and throttles: even one in five minutes is worth a look for a low-traffic service. */
  watchFunction(id: string, fn: IFunction): void {
    const period = Duration.minutes(5);
    this.atLeastOne(`${id}Errors`, fn.metricErrors({ period }), `${id}: the function returned errors`);
    this.atLeastOne(`${id}Throttles`, fn.metricThrottles({ period }), `${id}: invocations were throttled`);
  }

  watchApi(id: string, stage: HttpStage): void {
    this.atLeastOne(
      `${id}ServerErrors`,
      stage.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      `${id}: the API answered 5xx`,
    );
  }

  /** A message in a DLQ is a run or an import that failed after every retry. */
  watchDeadLetters(id: string, queue: IQueue): void {
    this.atLeastOne(
      `${id}Messages`,
      queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      `${id}: messages are waiting in the dead-letter queue`,
    );
  }

  private atLeastOne(id: string, metric: IMetric, description: string): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
  }
}
