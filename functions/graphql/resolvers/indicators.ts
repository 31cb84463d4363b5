// schema/indicators.graphql: the catalogue, a council's figures beside England, its region and its statistical
// neighbours, England's series, and councils side by side. Public figures: no rule beyond LocalAuthority's own.
// Each field reads the indicators' items, the council's comparison item and the sources by key in the same tick, so
// they go out as one BatchGetItem whatever the number of indicators.

import { notFound } from '../../core/errors.js';
import { parseLaCode } from '../../core/identifiers.js';
import { comparedCodes, comparisonRow, indicatorsOf } from '../../core/indicator-comparison.js';
import { INDICATORS } from '../../core/indicators/catalogue.js';
import { areaIndicator, englandArea, localAuthorityIndicator } from '../../core/indicators/views.js';
import type { LocalAuthorityRecord } from '../../core/records.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const comparisonOf = async (context: GraphQLContext, code: string) =>
  (await context.store.indicators.comparison(code)) ?? { code, neighbours: [] };

/** The series of these indicators, with the sources item read in the same batch (Indicator.source reads it). */
async function seriesOf(context: GraphQLContext, ids: readonly string[]) {
  const [series] = await Promise.all([context.store.indicators.series(ids), context.store.indicators.sources()]);
  return series;
}

async function heldLocalAuthority(context: GraphQLContext, code: string, argument: string) {
  const localAuthority = await context.store.localAuthorities.byCode(parseLaCode(code, argument));
  if (!localAuthority) throw notFound(`No council with LA code ${code} is held by Beacon.`);
  return localAuthority;
}

export const indicatorsResolvers: Resolvers<GraphQLContext> = {
  Query: {
    indicators: () => [...INDICATORS],
    compareLocalAuthorities: async (_root, args, context) => {
      const indicators = indicatorsOf(args.indicators, 'indicators');
      const asked = (args.codes ?? []).map((code) => parseLaCode(code, 'codes'));
      const of = args.neighboursOf ? parseLaCode(args.neighboursOf, 'neighboursOf') : null;
      // The indicators' items and the council's comparison item go out in one BatchGetItem, the councils after.
      const series = seriesOf(
        context,
        indicators.map((indicator) => indicator.id),
      );
      // Awaited below; a refusal of the councils first must not leave it unhandled.
      series.catch(() => {});
      const first = of
        ? await Promise.all([heldLocalAuthority(context, of, 'neighboursOf'), comparisonOf(context, of)]).then(
            ([localAuthority, comparison]) => [
              localAuthority.code,
              ...comparison.neighbours.map((neighbour) => neighbour.code),
            ],
          )
        : [];
      const codes = comparedCodes(first, asked);
      const localAuthorities = await Promise.all(codes.map((code) => heldLocalAuthority(context, code, 'codes')));
      const figures = await series;
      return {
        localAuthorities,
        rows: indicators.map((indicator) => comparisonRow(indicator, figures.get(indicator.id), localAuthorities)),
      };
    },
  },
  Indicator: {
    source: async (indicator, _args, context) =>
      (await context.store.indicators.sources()).sources[indicator.id] ?? null,
  },
  LocalAuthority: {
    region: async (localAuthority, _args, context) => (await comparisonOf(context, localAuthority.code)).region ?? null,
    indicators: async (localAuthority, args, context) => {
      const indicators = indicatorsOf(args.ids);
      const [series, comparison] = await Promise.all([
        seriesOf(
          context,
          indicators.map((indicator) => indicator.id),
        ),
        comparisonOf(context, localAuthority.code),
      ]);
      return indicators.map((indicator) => localAuthorityIndicator(indicator, series.get(indicator.id), comparison));
    },
    statisticalNeighbours: async (localAuthority, _args, context) =>
      (await comparisonOf(context, localAuthority.code)).neighbours,
  },
  StatisticalNeighbour: {
    localAuthority: async (neighbour, _args, context): Promise<LocalAuthorityRecord> =>
      (await context.store.localAuthorities.byCode(neighbour.code)) ?? { code: neighbour.code, name: neighbour.name },
  },
  England: {
    indicators: async (_england, args, context) => {
      const indicators = indicatorsOf(args.ids);
      const series = await seriesOf(
        context,
        indicators.map((indicator) => indicator.id),
      );
      return indicators.map((indicator) => areaIndicator(indicator, series.get(indicator.id), englandArea.code));
    },
  },
};
