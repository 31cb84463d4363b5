// Indicators: the API's reads through the request's key loader (so the compare section is one BatchGetItem), and
// the importers' whole-item reads and writes.
import type { IndicatorSeriesRecord } from '../../core/indicators/series.js';
import type { LocalAuthorityComparisonRecord } from '../../core/indicators/views.js';
import { batchGetAll } from '../dynamo/batch-get.js';
import { putItems } from '../dynamo/index.js';
import type { ItemLoad } from '../dynamo/loaders.js';
import type { StoreConfig } from '../dynamo/store-config.js';
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

async function readAll<T>(config: StoreConfig, keys: { pk: string; sk: string }[], of: (item: object) => T) {
  const found = await batchGetAll(config.client, config.tableName, keys);
  return [...found.values()].map((item) => of(item));
}

export const readIndicatorSeries = (config: StoreConfig, ids: Iterable<string>) =>
  readAll(config, [...new Set(ids)].map(indicatorSeriesKey), (item) =>
    seriesOfStored(indicatorSeriesEntity.of(item as Record<string, unknown>)),
  );

export const readLocalAuthorityComparisons = (config: StoreConfig, codes: Iterable<string>) =>
  readAll(config, [...new Set(codes)].map(localAuthorityComparisonKey), (item) =>
    localAuthorityComparisonEntity.of(item as Record<string, unknown>),
  );

export async function readIndicatorSources(config: StoreConfig): Promise<IndicatorSourcesRecord> {
  const [record] = await readAll(config, [indicatorSourcesKey], (item) =>
    indicatorSourcesEntity.of(item as Record<string, unknown>),
  );
  return record ?? { sources: {} };
}

export const writeIndicatorSeries = (config: StoreConfig, records: readonly IndicatorSeriesRecord[]) =>
  putItems(
    config,
    records.map((record) => indicatorSeriesEntity.item(storedSeries(record))),
  );

export const writeLocalAuthorityComparisons = (
  config: StoreConfig,
  records: readonly LocalAuthorityComparisonRecord[],
) =>
  putItems(
    config,
    records.map((record) => localAuthorityComparisonEntity.item(record)),
  );

export const writeIndicatorSources = (config: StoreConfig, record: IndicatorSourcesRecord) =>
  putItems(config, [indicatorSourcesEntity.item(record)]);
