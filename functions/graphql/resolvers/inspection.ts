import { REPORT_CARD_AREAS } from '../../core/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const inspectionResolvers: Resolvers<GraphQLContext> = {
  Inspection: {
    __resolveType: (inspection) => (inspection.framework === 'LEGACY' ? 'LegacyInspection' : 'ReportCardInspection'),
  },
  LegacyInspection: {
    judgements: (inspection) => inspection.judgements,
  },
  ReportCardInspection: {
    evaluations: (inspection) =>
      [...inspection.evaluations].sort((a, b) => REPORT_CARD_AREAS.indexOf(a.area) - REPORT_CARD_AREAS.indexOf(b.area)),
    inclusion: (inspection) =>
      inspection.evaluations.find((evaluation) => evaluation.area === 'INCLUSION')?.grade ?? null,
  },
};
