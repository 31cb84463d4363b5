// Checks that a change refers to reference data Beacon holds, with the step that adds it.
import { notFound } from '../core/errors.js';
import type { GraphQLContext } from './context.js';

export async function requireLocalAuthority(context: GraphQLContext, code: string): Promise<void> {
  if (!(await context.store.localAuthorities.byCode(code))) {
    throw notFound(`No local authority with code ${code}; add it with upsertLocalAuthority first.`);
  }
}
