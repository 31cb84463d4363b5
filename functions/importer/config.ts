// Environment of the importer Lambda, parsed once at cold start: a missing variable fails before any import.
// Namespace import: esbuild then drops zod's 64 locales (427 KB → 12 KB).
import * as z from 'zod/mini';

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

const environment = z.object({
  TABLE_NAME: nonEmpty,
  /** Set only locally (DynamoDB Local); in AWS the SDK finds the regional endpoint. */
  DYNAMODB_ENDPOINT: z.optional(nonEmpty),
});

export type ImporterConfig = z.infer<typeof environment>;

export function readImporterConfig(env: NodeJS.ProcessEnv = process.env): ImporterConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', ');
    throw new Error(
      `Beacon importer configuration is invalid: check ${problems} (TABLE_NAME names the DynamoDB table).`,
    );
  }
  return parsed.data;
}
