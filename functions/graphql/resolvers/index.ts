import { withAccessPolicy } from '../access.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { adminMutationResolvers } from './admin-mutations.js';
import { authorityResolvers } from './authority.js';
import { awardResolvers } from './award.js';
import { dashboardResolvers } from './dashboard.js';
import { historyResolvers } from './history.js';
import { inspectionResolvers } from './inspection.js';
import { partnerResolvers } from './partner.js';
import { recordMutationResolvers } from './record-mutations.js';
import { reminderResolvers } from './reminder.js';
import { dateScalars } from './scalars.js';
import { schoolResolvers } from './school.js';
import { trustResolvers } from './trust.js';

const domains: Resolvers<GraphQLContext>[] = [
  schoolResolvers,
  authorityResolvers,
  trustResolvers,
  inspectionResolvers,
  awardResolvers,
  partnerResolvers,
  historyResolvers,
  dashboardResolvers,
  recordMutationResolvers,
  adminMutationResolvers,
  reminderResolvers,
];

/** Merges the per-domain maps type by type (each domain may extend Query), then applies the access table. */
export function buildResolvers(): Resolvers<GraphQLContext> {
  const merged: Record<string, Record<string, unknown>> = { Query: { ok: () => true } };
  for (const domain of domains) {
    for (const [typeName, fields] of Object.entries(domain)) {
      merged[typeName] = { ...merged[typeName], ...(fields as Record<string, unknown>) };
    }
  }
  return withAccessPolicy({ ...(merged as Resolvers<GraphQLContext>), ...dateScalars });
}
