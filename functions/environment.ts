// Each Lambda's environment, parsed once at cold start with one zod schema: a missing or malformed variable fails
// before any work, naming what to check.
import * as z from './core/zod.js';

export const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** What every function that reads the table needs. */
export const tableEnvironment = {
  TABLE_NAME: nonEmpty,
  /** Set only locally (DynamoDB Local); in AWS the SDK finds the regional endpoint. */
  DYNAMODB_ENDPOINT: z.optional(nonEmpty),
};

export function readEnvironment<T>(schema: z.ZodMiniType<T>, env: NodeJS.ProcessEnv, what: string, hint: string): T {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', ');
  throw new Error(`Beacon ${what} configuration is invalid: check ${problems} (${hint}).`);
}
