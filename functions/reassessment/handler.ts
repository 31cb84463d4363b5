// Scheduled Lambda entry (EventBridge Scheduler, daily, Europe/London): config, clients and senders are built once.
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { lambdaLog } from '../lambda-log.js';
import { eventBridgeSender } from '../notify/eventbridge-sender.js';
import { sesDigestSender } from '../notify/ses-digest-sender.js';
import { sesSender } from '../notify/ses-sender.js';
import { createLambdaDocumentClient } from '../store/index.js';
import { readReassessmentConfig } from './config.js';
import { createReassessmentHandler } from './create-handler.js';

const config = readReassessmentConfig();
// Short timeouts: a delivery must finish well inside the claim a run holds on a reminder (deliver.ts).
const requestHandler = { requestTimeout: 10_000, connectionTimeout: 3_000 };
const client = createLambdaDocumentClient(config.DYNAMODB_ENDPOINT);
const ses = new SESv2Client({ requestHandler, maxAttempts: 3 });
const sesOptions = {
  client: ses,
  fromAddress: config.REMINDER_FROM_ADDRESS,
  configurationSetName: config.SES_CONFIGURATION_SET,
};

export const handler = createReassessmentHandler({
  store: { client, tableName: config.TABLE_NAME },
  senders: [
    sesSender(sesOptions),
    eventBridgeSender({
      client: new EventBridgeClient({ requestHandler, maxAttempts: 3 }),
      eventBusName: config.EVENT_BUS_NAME,
    }),
  ],
  ...(config.WEB_BASE_URL
    ? { digests: { senders: [sesDigestSender(sesOptions)], webBaseUrl: config.WEB_BASE_URL.replace(/\/+$/, '') } }
    : {}),
  log: lambdaLog('beacon-reassessment'),
});
