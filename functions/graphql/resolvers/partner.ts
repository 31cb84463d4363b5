import { parseAgencyId } from '../../core/identifiers.js';
import { paginate, validatePageSize } from '../../core/pagination.js';
import { schoolOrderKey, sortSchools } from '../../core/school-order.js';
import { loadExisting } from '../../store/loaders.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const partnerResolvers: Resolvers<GraphQLContext> = {
  Query: {
    partnerAgency: (_root, args, context) => context.store.loaders.agency.load(parseAgencyId(args.id)),
  },
  PartnerAgency: {
    localAuthority: (agency, _args, context) =>
      agency.laCode ? context.store.loaders.localAuthority.load(agency.laCode) : null,
    schools: async (agency, args, context) => {
      validatePageSize(args.first);
      const partnerships = await context.store.partnershipsOfAgency(agency.id);
      const urns = [...new Set(partnerships.map((partnership) => partnership.urn))];
      const byName = schoolOrderKey('NAME', context.today);
      return paginate(sortSchools(await loadExisting(context.store.loaders.school, urns), byName), byName, args);
    },
  },
  Partnership: {
    agency: async (partnership, _args, context) => {
      const agency = await context.store.loaders.agency.load(partnership.agencyId);
      if (!agency) throw new Error(`Partnership refers to unknown agency ${partnership.agencyId}`);
      return agency;
    },
    school: async (partnership, _args, context) => {
      const school = await context.store.loaders.school.load(partnership.urn);
      if (!school) throw new Error(`Partnership refers to unknown school ${partnership.urn}`);
      return school;
    },
    isActive: (partnership, _args, context) => !partnership.until || partnership.until > context.today,
  },
};
