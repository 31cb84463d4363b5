// schema/inspection.graphql: the two frameworks' inspections, and recording one.
import { inspectionFromInput } from '../../core/inspection-input.js';
import { REPORT_CARD_AREAS } from '../../core/vocabulary.js';
import { recordIds } from '../../store/index.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const inspectionResolvers: Resolvers<GraphQLContext> = {
  Mutation: {
    recordInspection: (_root, { input }, context) => {
      const inspection = inspectionFromInput(input, context.today, recordIds.newInspectionId);
      return context.store.inspections.record(inspection.urn, () => inspection, context.change('recordInspection'));
    },
  },
  Inspection: {
    __resolveType: (inspection) => (inspection.framework === 'LEGACY' ? 'LegacyInspection' : 'ReportCardInspection'),
  },
  LegacyInspection: {
    judgements: (inspection) => inspection.judgements,
  },
  ReportCardInspection: {
    visit: (inspection) => inspection.visit ?? 'FULL',
    evaluations: (inspection) =>
      [...inspection.evaluations].sort((a, b) => REPORT_CARD_AREAS.indexOf(a.area) - REPORT_CARD_AREAS.indexOf(b.area)),
    inclusion: (inspection) =>
      inspection.evaluations.find((evaluation) => evaluation.area === 'INCLUSION')?.grade ?? null,
  },
};
