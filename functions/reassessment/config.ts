// Environment of the reassessment Lambda, parsed once at cold start: a missing variable fails before any run.
// Namespace import: esbuild then drops zod's 64 locales (427 KB → 12 KB).
import * as z from 'zod/mini';

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

const environment = z.object({
  TABLE_NAME: nonEmpty,
  /** The verified SES address reminders are sent from. */
  REMINDER_FROM_ADDRESS: z.email(),
  /** The bus that receives ReassessmentDue events. */
  EVENT_BUS_NAME: nonEmpty,
  SES_CONFIGURATION_SET: z.optional(nonEmpty),
  /** Set only locally (DynamoDB Local); in AWS the SDK finds the regional endpoint. */
  DYNAMODB_ENDPOINT: z.optional(nonEmpty),
});

export type ReassessmentConfig = z.infer<typeof environment>;

export function readReassessmentConfig(env: NodeJS.ProcessEnv = process.env): ReassessmentConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', ');
    throw new Error(
      `Beacon reassessment configuration is invalid: check ${problems} ` +
        '(TABLE_NAME names the table, REMINDER_FROM_ADDRESS the SES sender, EVENT_BUS_NAME the bus for ' +
        'ReassessmentDue events).',
    );
  }
  return parsed.data;
}
