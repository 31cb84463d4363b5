import { inclusionStatus, standingAward } from '../../core/inclusion-status.js';
import { parseUrn } from '../../core/identifiers.js';
import type { AwardRecord } from '../../core/records.js';
import { AWARD_LEVELS } from '../../core/vocabulary.js';
import { loadExisting, partnershipLoaderKey } from '../../store/loaders.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers, SchoolResolvers } from '../generated/resolvers-types.js';
import { inspectionsOf } from './school-history.js';
import { schoolConnection } from './school-list.js';

async function awardsOf(awardIds: readonly string[], context: GraphQLContext): Promise<AwardRecord[]> {
  const awards = await loadExisting(context.store.loaders.award, awardIds);
  // Newest first; on the same day the higher level first (it supersedes the lower one).
  const rank = (award: AwardRecord) => `${award.awardedOn}#${AWARD_LEVELS.indexOf(award.level)}#${award.id}`;
  return awards.sort((a, b) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0));
}

const School: SchoolResolvers<GraphQLContext> = {
  localAuthority: async (school, _args, context) => {
    const authority = await context.store.loaders.localAuthority.load(school.laCode);
    if (!authority) throw new Error(`School ${school.urn} refers to unknown local authority ${school.laCode}`);
    return authority;
  },
  trust: (school, _args, context) => (school.trustUid ? context.store.loaders.trust.load(school.trustUid) : null),
  isOpen: (school) => !school.closedOn,
  inspections: (school, args, context) => inspectionsOf(school, context.store.loaders, args.includePredecessors ?? true),
  latestInspection: (school, _args, context) => {
    const latest = school.summary.latestInspection;
    return latest ? context.store.loaders.inspection.load(latest.inspectionId) : null;
  },
  awards: (school, _args, context) => awardsOf(school.awardIds, context),
  currentAward: (school, _args, context) => {
    const award = standingAward(school.summary, context.today);
    return award ? context.store.loaders.award.load(award.awardId) : null;
  },
  partnerships: (school, _args, context) =>
    loadExisting(
      context.store.loaders.partnership,
      school.partnershipIds.map((id) => partnershipLoaderKey(school.urn, id)),
    ),
  inclusionStatus: (school, _args, context) => inclusionStatus(school.summary, context.today),
};

export const schoolResolvers: Resolvers<GraphQLContext> = {
  Query: {
    school: (_root, args, context) => context.store.loaders.school.load(parseUrn(args.urn)),
    schools: (_root, args, context) => schoolConnection(context, args.filter, args),
  },
  School,
  SchoolLink: {
    school: (link, _args, context) => context.store.loaders.school.load(link.urn),
  },
};
