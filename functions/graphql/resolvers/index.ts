import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { withAccessPolicy } from '../access.js';
import { withActorFields } from '../actor-fields.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { authorityResolvers } from './authority.js';
import { awardResolvers } from './award.js';
import { baseResolvers } from './base.js';
import { censusResolvers } from './census.js';
import { changeResolvers } from './changes.js';
import { dashboardResolvers } from './dashboard.js';
import { digestResolvers } from './digest.js';
import { historyResolvers } from './history.js';
import { indicatorsResolvers } from './indicators.js';
import { inspectionResolvers } from './inspection.js';
import { partnerResolvers } from './partner.js';
import { provenanceResolvers } from './provenance.js';
import { reminderResolvers } from './reminder.js';
import { schoolResolvers } from './school.js';
import { searchResolvers } from './search.js';
import { trustResolvers } from './trust.js';

/** One map per schema module (schema/<module>.graphql ↔ resolvers/<module>.ts). */
const domains: Resolvers<GraphQLContext>[] = [
  baseResolvers,
  schoolResolvers,
  authorityResolvers,
  trustResolvers,
  inspectionResolvers,
  awardResolvers,
  partnerResolvers,
  historyResolvers,
  dashboardResolvers,
  reminderResolvers,
  searchResolvers,
  provenanceResolvers,
  censusResolvers,
  indicatorsResolvers,
  changeResolvers,
  digestResolvers,
];

/**
 * Merges the per-domain maps type by type (each domain may extend Query), gives every @actor field the one rule for
 * showing who acted, then applies the access table (which keeps the actors' addresses to admins).
 */
export function buildResolvers(schema: GraphQLSchema): Resolvers<GraphQLContext> {
  const merged: Record<string, unknown> = {};
  for (const domain of domains) {
    for (const [typeName, fields] of Object.entries(domain)) {
      // A scalar is one object (spreading it would lose its class); a type's fields merge across modules.
      merged[typeName] =
        fields instanceof GraphQLScalarType
          ? fields
          : { ...(merged[typeName] as object | undefined), ...(fields as Record<string, unknown>) };
    }
  }
  return withAccessPolicy(withActorFields(merged as Resolvers<GraphQLContext>, schema));
}
