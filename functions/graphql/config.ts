// Environment of the API Lambda, parsed once at cold start: a missing variable fails loudly, before any request.
// Namespace import: esbuild then drops zod's 64 locales (427 KB → 12 KB).
import * as z from 'zod/mini';
import { ROLES } from '../core/authorization.js';

const environment = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  /** Set only locally (DynamoDB Local); in AWS the SDK finds the regional endpoint. */
  DYNAMODB_ENDPOINT: z.optional(z.string().check(z.minLength(1))),
  AWS_REGION: z.optional(z.string()),
  /** Local runs only: the role of a caller with no token (API Gateway's JWT authorizer guarantees one in AWS). */
  UNAUTHENTICATED_ROLE: z.optional(z.enum(ROLES)),
});

export type ApiConfig = z.infer<typeof environment>;

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Beacon API configuration is invalid: check ${missing} (TABLE_NAME names the DynamoDB table).`);
  }
  return parsed.data;
}
