// Each role may do exactly what its function needs: compared as full "action on resource" sets,
// so any extra action, wildcard or resource fails the test.
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableDesign } from '../../functions/store/index.js';
import { tableReadActions, tableWriteActions } from '../../infra/constructs/beacon-table.js';
import {
  type BeaconIds,
  beaconIds,
  beaconResources,
  getAtt,
  joined,
  logicalId,
  pairsFor,
  permissionPairs,
  removeOutdir,
  type Synthesised,
  synthBeacon,
} from './synth-beacon.js';

let synth: Synthesised;
let ids: BeaconIds;

beforeAll(() => {
  synth = synthBeacon();
  ids = beaconIds(synth.stack);
}, 120_000);

afterAll(() => removeOutdir(synth));

describe('function roles', () => {
  const tableRw = [...tableReadActions, ...tableWriteActions];
  const indexArns = () => tableDesign.indexes.map((index) => joined(getAtt(ids.table), `/index/${index.indexName}`));
  const tableAndLogs = (logs: string) => [
    ...pairsFor(['logs:CreateLogStream', 'logs:PutLogEvents'], [getAtt(logs)]),
    ...pairsFor(tableRw, [getAtt(ids.table)]),
    ...pairsFor(['dynamodb:Query'], indexArns()),
  ];
  const dlqSend = (queue: string) =>
    pairsFor(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], [getAtt(queue)]);

  it('gives the API function its logs and the table with its named indexes, nothing else (no Scan)', () => {
    expect(permissionPairs(synth.template, ids.apiRole)).toEqual(tableAndLogs(ids.apiLogs).sort());
  });

  it('lets no function delete, batch-write or scan the table: nothing in AWS needs to', () => {
    for (const role of [ids.apiRole, ids.jobRole, ids.importerRole]) {
      const actions = permissionPairs(synth.template, role).map((pair) => pair.split(' on ')[0]);
      expect(actions.filter((action) => /dynamodb:(DeleteItem|BatchWriteItem|Scan|\*)/.test(action ?? ''))).toEqual([]);
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']));
    }
  });

  it('gives the reassessment job the table, its SES identity, the bus and its DLQ', () => {
    expect(permissionPairs(synth.template, ids.jobRole)).toEqual(
      [
        ...tableAndLogs(ids.jobLogs),
        ...pairsFor(
          ['ses:SendEmail', 'ses:SendRawEmail'],
          [joined('arn:aws:ses:eu-west-2:', { Ref: 'AWS::AccountId' }, ':identity/example.org')],
        ),
        ...pairsFor(
          ['events:PutEvents'],
          [joined('arn:aws:events:eu-west-2:', { Ref: 'AWS::AccountId' }, ':event-bus/default')],
        ),
        ...dlqSend(ids.jobQueue),
      ].sort(),
    );
    synth.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Condition: { StringEquals: { 'ses:FromAddress': 'beacon-reminders@example.org' } } }),
        ]),
      },
    });
  });

  it('gives the importer the table, objects under imports/ of its bucket, and its DLQ', () => {
    expect(permissionPairs(synth.template, ids.importerRole)).toEqual(
      [
        ...tableAndLogs(ids.importerLogs),
        ...pairsFor(['s3:GetObject'], [joined(getAtt(ids.uploads), '/imports/*')]),
        ...dlqSend(ids.importerQueue),
      ].sort(),
    );
  });

  it('attaches no managed policies to Beacon’s roles (CDK’s page copier keeps its basic execution policy)', () => {
    for (const role of Object.values(beaconResources(synth.template, 'AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('the scheduler role', () => {
  it('may start only the reassessment function and write to its DLQ', () => {
    const role = synth.stack.scheduledJob?.node.findChild('SchedulerRole');
    if (!role) throw new Error('no scheduler role');
    expect(permissionPairs(synth.template, logicalId(role))).toEqual(
      [
        ...pairsFor(['lambda:InvokeFunction'], [getAtt(ids.jobFunction), joined(getAtt(ids.jobFunction), ':*')]),
        ...pairsFor(['sqs:SendMessage'], [getAtt(ids.jobQueue)]),
      ].sort(),
    );
  });
});
