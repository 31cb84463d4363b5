// Environment of the reassessment Lambda, parsed once at cold start: a missing variable fails before any run.
import * as z from '../core/zod.js';
import {
  type EnvironmentOf,
  nonEmpty,
  optional,
  readEnvironment,
  tableEnvironment,
  zodFormat,
} from '../environment.js';

const environment = {
  ...tableEnvironment,
  /** The verified SES address reminders are sent from. */
  REMINDER_FROM_ADDRESS: zodFormat(() => z.email()),
  /** The bus that receives ReassessmentDue events. */
  EVENT_BUS_NAME: nonEmpty,
  SES_CONFIGURATION_SET: optional(nonEmpty),
  /** The web page's origin for the weekly digest's links; without it the job sends no digest. */
  WEB_BASE_URL: optional(zodFormat(() => z.url())),
};

export type ReassessmentConfig = EnvironmentOf<typeof environment>;

export const readReassessmentConfig = (env: NodeJS.ProcessEnv = process.env): ReassessmentConfig =>
  readEnvironment(
    environment,
    env,
    'reassessment',
    'TABLE_NAME names the table, REMINDER_FROM_ADDRESS the SES sender, ' +
      'EVENT_BUS_NAME the bus for ReassessmentDue events',
  );
