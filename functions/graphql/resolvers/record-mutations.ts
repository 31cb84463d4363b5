// Mutations that record inspection and award events: rules in core, writes through the store, one transaction each.
import { grantFromInput, reassessmentFromInput, reviewFromInput, withdrawalFromInput } from '../../core/award-input.js';
import { inspectionFromInput } from '../../core/inspection-input.js';
import { recordIds } from '../../store/index.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const awardId = recordIds.newAwardId;
const inspectionId = recordIds.newInspectionId;

export const recordMutationResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    recordInspection: (_root, { input }, context) => {
      // Validated before the store's reads (the access check has parsed the URN and read only the school).
      const inspection = inspectionFromInput(input, context.today, inspectionId);
      return context.store.inspections.record(inspection.urn, () => inspection, context.change('recordInspection'));
    },
    grantAward: (_root, { input }, context) => {
      return context.store.awards.add(
        input.urn.trim(),
        (awards) => {
          const { award, superseded } = grantFromInput(input, awards, context.today, awardId);
          const replaced = superseded.length ? `, superseding ${superseded.map((old) => old.id).join(', ')}` : '';
          return {
            result: award,
            changed: [award, ...superseded],
            summary: `Granted ${award.level} (awarded ${award.awardedOn})${replaced}`,
          };
        },
        context.change('grantAward'),
      );
    },
    recordAnnualReview: (_root, { input }, context) => {
      return context.store.awards.change(
        input.awardId,
        (award) => {
          const reviewed = reviewFromInput(input, award, context.today);
          return {
            result: reviewed,
            changed: [reviewed],
            summary: `Recorded the annual review of ${input.reviewedOn}`,
          };
        },
        context.change('recordAnnualReview'),
      );
    },
    recordReassessment: (_root, { input }, context) => {
      return context.store.awards.change(
        input.awardId,
        (award) => {
          const { award: renewed, superseded } = reassessmentFromInput(input, award, context.today, awardId);
          return {
            result: renewed,
            changed: [renewed, ...superseded],
            summary: `Reassessed ${award.id}: new award of ${renewed.awardedOn}`,
          };
        },
        context.change('recordReassessment'),
      );
    },
    withdrawAward: (_root, { input }, context) => {
      return context.store.awards.change(
        input.awardId,
        (award) => {
          const withdrawn = withdrawalFromInput(input, award, context.today);
          return {
            result: withdrawn,
            changed: [withdrawn],
            summary: `Withdrew the award on ${input.withdrawnOn}: ${input.reason}`,
          };
        },
        context.change('withdrawAward'),
      );
    },
  },
};
