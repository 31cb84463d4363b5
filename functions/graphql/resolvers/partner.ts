// schema/partner.graphql: partner agencies, a school's partnerships with them, and their changes.

import { parseAgencyId } from '../../core/identifiers.js';
import { assuringLocalAuthority, requireAssuranceClaim } from '../../core/local-authority-assurance.js';
import { paginate, validatePageSize } from '../../core/pagination.js';
import { endPartnership, endPartnershipTarget, partnershipFromInput } from '../../core/partnership-input.js';
import type { PartnershipRecord } from '../../core/records.js';
import { agencyFromInput } from '../../core/reference-input.js';
import { recordOrderKey, sortSchools } from '../../core/school-order.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { requireLocalAuthority } from '../reference-checks.js';

/** A claim of council quality assurance is the assuring council's to make (local-authority-assurance.ts). */
async function checkAssuranceClaim(context: GraphQLContext, partnership: PartnershipRecord): Promise<void> {
  if (!partnership.councilQualityAssured) return;
  const [agency, school] = await Promise.all([
    context.store.agencies.byId(partnership.agencyId),
    context.store.schools.byUrn(partnership.urn),
  ]);
  // An unknown agency or school: the store answers NOT_FOUND.
  if (!agency || !school) return;
  const localAuthority = await context.store.localAuthorities.byCode(assuringLocalAuthority(agency, school));
  requireAssuranceClaim(context.caller, { partnership, agency, school, localAuthorityName: localAuthority?.name });
}

export const partnerResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    addPartnership: async (_root, { input }, context) => {
      const partnership = partnershipFromInput(input, context.today);
      await checkAssuranceClaim(context, partnership);
      return context.store.partnerships.add(partnership, context.change('addPartnership'));
    },
    endPartnership: (_root, { input }, context) => {
      const target = endPartnershipTarget(input, context.today);
      return context.store.partnerships.end(
        target,
        (partnership) => endPartnership(partnership, target.until),
        context.change('endPartnership'),
      );
    },
    upsertPartnerAgency: async (_root, { input }, context) => {
      const agency = agencyFromInput(input);
      if (agency.laCode) await requireLocalAuthority(context, agency.laCode);
      return context.store.agencies.upsert(agency);
    },
  },
  Query: {
    partnerAgency: (_root, args, context) => context.store.agencies.byId(parseAgencyId(args.id)),
  },
  PartnerAgency: {
    localAuthority: (agency, _args, context) =>
      agency.laCode ? context.store.localAuthorities.byCode(agency.laCode) : null,
    schools: async (agency, args, context) => {
      validatePageSize(args.first);
      const partnerships = await context.store.partnerships.ofAgency(agency.id);
      const urns = [...new Set(partnerships.map((partnership) => partnership.urn))];
      const byName = recordOrderKey('NAME', context.today);
      return paginate(sortSchools(await context.store.schools.existing(urns), byName), byName, args);
    },
  },
  Partnership: {
    agency: async (partnership, _args, context) => {
      const agency = await context.store.agencies.byId(partnership.agencyId);
      if (!agency) throw new Error(`Partnership refers to unknown agency ${partnership.agencyId}`);
      return agency;
    },
    school: async (partnership, _args, context) => {
      const school = await context.store.schools.byUrn(partnership.urn);
      if (!school) throw new Error(`Partnership refers to unknown school ${partnership.urn}`);
      return school;
    },
    isActive: (partnership, _args, context) => !partnership.until || partnership.until > context.today,
  },
};
