// schema/award.graphql: IQM awards, their derived status, and the assessor's changes to them.
import { auditText } from '../../core/audit-text.js';
import {
  grantDecision,
  grantFromInput,
  reassessmentFromInput,
  reviewFromInput,
  withdrawalFromInput,
} from '../../core/award-input.js';
import { awardStatus, nextDue } from '../../core/award-status.js';
import { IQM_ELEMENTS } from '../../core/vocabulary.js';
import { recordIds } from '../../store/index.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const newAwardId = recordIds.newAwardId;

export const awardResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    grantAward: (_root, { input }, context) => {
      // Parsed before any read; checked against the school's awards inside the store's read-decide-write.
      const grant = grantFromInput(input, context.today, newAwardId);
      return context.store.awards.add(grant.urn, grantDecision(grant), context.change('grantAward'));
    },
    recordAnnualReview: (_root, { input }, context) => {
      const review = reviewFromInput(input, context.today);
      return context.store.awards.change(
        input.awardId,
        (award, held) => {
          const placed = review.apply(award, held);
          const summary = auditText.annualReviewRecorded(input.reviewedOn, placed);
          return { result: placed.award, changed: [placed.award, ...placed.superseded], summary };
        },
        context.change('recordAnnualReview'),
      );
    },
    recordReassessment: (_root, { input }, context) => {
      const reassessment = reassessmentFromInput(input, context.today, newAwardId);
      return context.store.awards.change(
        input.awardId,
        (award, held) => {
          const placed = reassessment.apply(award, held);
          const summary = auditText.reassessed(award, placed);
          return { result: placed.award, changed: [placed.award, ...placed.superseded], summary };
        },
        context.change('recordReassessment'),
      );
    },
    withdrawAward: (_root, { input }, context) => {
      const withdrawal = withdrawalFromInput(input, context.today);
      return context.store.awards.change(
        input.awardId,
        (award) => {
          const withdrawn = withdrawal.apply(award);
          const summary = auditText.awardWithdrawn(input.withdrawnOn, input.reason);
          return { result: withdrawn, changed: [withdrawn], summary };
        },
        context.change('withdrawAward'),
      );
    },
  },
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
