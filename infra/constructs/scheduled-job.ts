// The daily reassessment run: EventBridge Scheduler in Europe/London time invokes the function,
// with retries on both hops and one dead-letter queue for whatever still fails.
import { Arn, ArnFormat, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { lambdaEntries } from '../../functions/deployment.js';
import { wildcardArnFinding } from '../nag-findings.js';
import { BeaconFunction } from './beacon-function.js';
import { DeadLetterQueue } from './dead-letter-queue.js';
import type { FunctionConstructProps } from './private-bucket.js';

export type ScheduledJobProps = FunctionConstructProps;

export class ScheduledJob extends Construct {
  readonly handler: BeaconFunction;
  readonly deadLetters: DeadLetterQueue;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    const { config } = props;
    this.handler = new BeaconFunction(this, 'Reassessment', {
      entry: lambdaEntries.reassessment,
      description: 'Daily: flags awards due for review or reassessment and sends each reminder once',
      serviceName: 'beacon-reassessment',
      config,
      table: props.table,
      tableAccess: 'read-write',
      memorySize: 512,
      // The job's work grows with the awards due, not the table; five minutes is ample headroom.
      timeout: Duration.minutes(5),
      environment: {
        REMINDER_FROM_ADDRESS: config.reminderFromAddress,
        EVENT_BUS_NAME: config.eventBusName,
        // The weekly digest's links (and its unsubscribe link) point at the site.
        WEB_BASE_URL: config.dashboardOrigin,
      },
    });
    const fn = this.handler.function;

    // Reminders go out from the configured identity and address only.
    const stack = Stack.of(this);
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          Arn.format(
            {
              service: 'ses',
              resource: 'identity',
              resourceName: config.sesIdentity,
              arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
            },
            stack,
          ),
        ],
        conditions: { StringEquals: { 'ses:FromAddress': config.reminderFromAddress } },
      }),
    );
    EventBus.fromEventBusName(this, 'Bus', config.eventBusName).grantPutEventsTo(fn);

    this.deadLetters = new DeadLetterQueue(this, 'DeadLetters', {
      reason: "Dead-letter queue of the reassessment schedule and of the function's asynchronous invocations",
    });
    // Scheduler invokes asynchronously: a failing run is retried by Lambda, then parked here.
    // Safe because the job is idempotent (reminders are recorded with a conditional write first).
    fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(this.deadLetters.queue),
    });

    // Own role for the scheduler so its one acknowledgement sits on this job alone.
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
      description: `Lets EventBridge Scheduler start the Beacon ${config.stage} reassessment run`,
    });
    Validations.of(schedulerRole).acknowledge({
      id: wildcardArnFinding(fn, ':*'),
      reason:
        'LambdaInvoke grants invoke on the function ARN and its versions/aliases (":*"); ' +
        'the role can start this one function and nothing else.',
    });

    // 06:00 London time by default: before the working day, clear of the 01:00-02:00 clock changes.
    this.schedule = new Schedule(this, 'Daily', {
      description: `Beacon ${config.stage}: daily reassessment flags and reminders`,
      schedule: ScheduleExpression.cron({
        minute: '0',
        hour: String(config.reassessmentHour),
        timeZone: TimeZone.EUROPE_LONDON,
      }),
      target: new LambdaInvoke(fn, {
        role: schedulerRole,
        // The run is for the day it was scheduled, even when a retry or a DLQ replay lands later.
        input: ScheduleTargetInput.fromObject({
          source: 'beacon.schedule',
          scheduledTime: ContextAttribute.scheduledTime,
          executionId: ContextAttribute.executionId,
        }),
        retryAttempts: 3,
        maxEventAge: Duration.hours(2),
        deadLetterQueue: this.deadLetters.queue,
      }),
    });

    props.alarms.watchFunction('Reassessment', fn);
    props.alarms.watchDeadLetters('ReassessmentDlq', this.deadLetters.queue);
  }
}
