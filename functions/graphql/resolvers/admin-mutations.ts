// Partnerships and admin upserts of GIAS facts.
import { notFound } from '../../core/errors.js';
import { endPartnership, endPartnershipTarget, partnershipFromInput } from '../../core/partnership-input.js';
import {
  agencyFromInput,
  localAuthorityFromInput,
  schoolUpsertFromInput,
  trustFromInput,
} from '../../core/reference-input.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

async function requireAuthority(context: GraphQLContext, code: string): Promise<void> {
  if (!(await context.store.councils.byCode(code))) {
    throw notFound(`No local authority with code ${code}; add it with upsertLocalAuthority first.`);
  }
}

export const adminMutationResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    addPartnership: (_root, { input }, context) => {
      return context.store.partnerships.add(
        partnershipFromInput(input, context.today),
        context.change('addPartnership'),
      );
    },
    endPartnership: (_root, { input }, context) => {
      const target = endPartnershipTarget(input, context.today);
      return context.store.partnerships.end(
        target,
        (partnership) => endPartnership(partnership, target.until),
        context.change('endPartnership'),
      );
    },
    upsertSchool: async (_root, { input }, context) => {
      const upsert = schoolUpsertFromInput(input);
      await requireAuthority(context, upsert.laCode);
      if (upsert.trustUid && !(await context.store.trusts.byUid(upsert.trustUid))) {
        throw notFound(`No trust with UID ${upsert.trustUid}; add it with upsertTrust first.`);
      }
      return context.store.schools.upsert(
        upsert.urn,
        upsert.apply,
        context.change('upsertSchool'),
        upsert.expectedVersion,
      );
    },
    upsertTrust: (_root, { input }, context) => {
      return context.store.trusts.upsert(trustFromInput(input));
    },
    upsertLocalAuthority: (_root, { input }, context) => {
      return context.store.councils.upsert(localAuthorityFromInput(input));
    },
    upsertPartnerAgency: async (_root, { input }, context) => {
      const agency = agencyFromInput(input);
      if (agency.laCode) await requireAuthority(context, agency.laCode);
      return context.store.agencies.upsert(agency);
    },
  },
};
