// Indicators: the API's reads through the request's key loader (so the compare section is one BatchGetItem), and
// the importers' whole-item merges, each conditioned on the version it read.
import type { IndicatorSeriesRecord } from '../../core/indicators/series.js';
import type { LocalAuthorityComparisonRecord } from '../../core/indicators/views.js';
import type { ItemLoad } from '../dynamo/loaders.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { mergeVersioned } from '../dynamo/versioned-merge.js';
import {
  type IndicatorSourcesRecord,
  indicatorSeriesEntity,
  indicatorSeriesKey,
  indicatorSourcesEntity,
  indicatorSourcesKey,
  localAuthorityComparisonEntity,
  localAuthorityComparisonKey,
} from './keys.js';
import { seriesOfStored, storedSeries } from './series-codec.js';

export {
  type IndicatorSourcesRecord,
  indicatorSeriesEntity,
  indicatorSourcesEntity,
  localAuthorityComparisonEntity,
} from './keys.js';

/** The API's reads: every key asked for in the same tick joins the request's one BatchGetItem. */
export function indicatorReads(load: ItemLoad) {
  return {
    series: async (ids: readonly string[]): Promise<Map<string, IndicatorSeriesRecord>> => {
      const items = await Promise.all(ids.map((id) => load(indicatorSeriesKey(id))));
      return new Map(
        items.flatMap((item) => (item ? [[String(item.id), seriesOfStored(indicatorSeriesEntity.of(item))]] : [])),
      );
    },
    comparison: async (code: string): Promise<LocalAuthorityComparisonRecord | null> => {
      const item = await load(localAuthorityComparisonKey(code));
      return item ? localAuthorityComparisonEntity.of(item) : null;
    },
    sources: async (): Promise<IndicatorSourcesRecord> => {
      const item = await load(indicatorSourcesKey);
      return item ? indicatorSourcesEntity.of(item) : { sources: {} };
    },
  };
}

/**
 * Merges an import's figures into indicators' items, each write conditioned on the version read (another import
 * may be writing the same item): `merge` gets the stored record and returns what to write (null: unchanged), and
 * runs again on a fresh read when the item changed underneath. Returns the records written.
 */
export const mergeIndicatorSeries = async (
  config: StoreConfig,
  ids: Iterable<string>,
  merge: (id: string, before: IndicatorSeriesRecord | undefined) => IndicatorSeriesRecord | null,
): Promise<IndicatorSeriesRecord[]> =>
  (
    await mergeVersioned(config, indicatorSeriesEntity, [...new Set(ids)].map(indicatorSeriesKey), (before, key) => {
      const record = merge(key.pk.slice('INDICATOR#'.length), before && seriesOfStored(before));
      return record && storedSeries(record);
    })
  ).map(seriesOfStored);

/** Councils' comparison items (region, neighbours), merged as `mergeIndicatorSeries` merges series. */
export const mergeLocalAuthorityComparisons = (
  config: StoreConfig,
  codes: Iterable<string>,
  merge: (code: string, before: LocalAuthorityComparisonRecord | undefined) => LocalAuthorityComparisonRecord | null,
) =>
  mergeVersioned(
    config,
    localAuthorityComparisonEntity,
    [...new Set(codes)].map(localAuthorityComparisonKey),
    (before, key) => merge(key.pk.slice('LA#'.length), before),
  );

/** The indicators' sources item, merged as above. */
export const mergeIndicatorSources = async (
  config: StoreConfig,
  merge: (before: IndicatorSourcesRecord) => IndicatorSourcesRecord | null,
) => {
  await mergeVersioned(config, indicatorSourcesEntity, [indicatorSourcesKey], (before) =>
    merge(before ?? { sources: {} }),
  );
};
