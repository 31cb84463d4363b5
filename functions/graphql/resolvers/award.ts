import { awardStatus, nextDue } from '../../core/award-status.js';
import { IQM_ELEMENTS } from '../../core/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const awardResolvers: Resolvers<GraphQLContext> = {
  Award: {
    nextDueOn: (award) => nextDue(award)?.dueOn ?? null,
    nextDueKind: (award) => nextDue(award)?.kind ?? null,
    status: (award, _args, context) => awardStatus(award, context.today),
    elements: (award) => award.elements.map((element) => ({ ...element, urn: award.urn })),
    reviews: (award) => award.reviews.map((review) => ({ ...review, urn: award.urn })),
  },
  ElementFinding: {
    title: (finding) => IQM_ELEMENTS[finding.element],
  },
};
