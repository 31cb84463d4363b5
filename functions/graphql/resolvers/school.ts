// schema/school.graphql: a school, its records, the school lists, and an admin's upsert of its GIAS facts.

import { notFound } from '../../core/errors.js';
import { parseUrn } from '../../core/identifiers.js';
import { inclusionStatus, standingAward } from '../../core/inclusion-status.js';
import type { AwardRecord } from '../../core/records.js';
import { schoolUpsertFromInput } from '../../core/reference-input.js';
import { newestInspectionOf } from '../../core/school-summary.js';
import { AWARD_LEVELS } from '../../core/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers, SchoolResolvers } from '../generated/resolvers-types.js';
import { inspectionsOf } from '../inspection-lineage.js';
import { requireLocalAuthority } from '../reference-checks.js';
import { schoolConnection } from '../school-lists.js';

async function awardsOf(awardIds: readonly string[], context: GraphQLContext): Promise<AwardRecord[]> {
  const awards = await context.store.awards.existing(awardIds);
  // Newest first; on the same day the higher level first (it supersedes the lower one).
  const rank = (award: AwardRecord) => `${award.awardedOn}#${AWARD_LEVELS.indexOf(award.level)}#${award.id}`;
  return awards.sort((a, b) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0));
}

const School: SchoolResolvers<GraphQLContext> = {
  localAuthority: async (school, _args, context) => {
    const authority = await context.store.localAuthorities.byCode(school.laCode);
    if (!authority) throw new Error(`School ${school.urn} refers to unknown local authority ${school.laCode}`);
    return authority;
  },
  trust: (school, _args, context) => (school.trustUid ? context.store.trusts.byUid(school.trustUid) : null),
  isOpen: (school) => !school.closedOn,
  inspections: (school, args, context) => inspectionsOf(school, context.store, args.includePredecessors ?? true),
  latestInspection: (school, _args, context) => {
    const latest = newestInspectionOf(school.summary);
    return latest ? context.store.inspections.byId(latest.inspectionId) : null;
  },
  awards: (school, _args, context) => awardsOf(school.awardIds, context),
  currentAward: (school, _args, context) => {
    const award = standingAward(school.summary, context.today);
    return award ? context.store.awards.byId(award.awardId) : null;
  },
  partnerships: (school, _args, context) => context.store.partnerships.ofSchool(school),
  inclusionStatus: (school, _args, context) => inclusionStatus(school, context.today),
};

export const schoolResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    upsertSchool: async (_root, { input }, context) => {
      const upsert = schoolUpsertFromInput(input);
      await requireLocalAuthority(context, upsert.laCode);
      if (upsert.trustUid && !(await context.store.trusts.byUid(upsert.trustUid))) {
        throw notFound(`No trust with UID ${upsert.trustUid}; add it with upsertTrust first.`);
      }
      const change = context.change('upsertSchool');
      return context.store.schools.upsert(upsert.urn, upsert.apply, change, upsert.expectedVersion);
    },
  },
  Query: {
    school: (_root, args, context) => context.store.schools.byUrn(parseUrn(args.urn)),
    schools: (_root, args, context, info) => schoolConnection(context, args.filter, args, info),
  },
  School,
  SchoolLink: {
    school: (link, _args, context) => context.store.schools.byUrn(link.urn),
  },
};
