// Indicators: one item per indicator holding every area's series and the councils' ranks (a few tens of KB), one
// item per council holding its region and statistical neighbours, and one small item naming each indicator's
// source file. A council's compare section reads its comparison item and every indicator item in one BatchGetItem.
import type { LocalAuthorityComparisonRecord } from '../../core/indicators/views.js';
import type { DataSourceRecord } from '../../core/records.js';
import { defineEntity, type ItemKey } from '../dynamo/entity.js';
import type { StoredSeries } from './series-codec.js';

/** Each indicator's source: the last file that changed its figures. */
export interface IndicatorSourcesRecord {
  sources: Record<string, DataSourceRecord>;
}

// Several imports merge into these items at once: each write is conditioned on the version it read.
const VERSIONED = ['version'] as const;

export const indicatorSeriesKey = (id: string): ItemKey => ({ pk: `INDICATOR#${id}`, sk: 'SERIES' });
export const localAuthorityComparisonKey = (code: string): ItemKey => ({ pk: `LA#${code}`, sk: 'COMPARISON' });
export const indicatorSourcesKey: ItemKey = { pk: 'META#INDICATORS', sk: 'SOURCES' };

/** An indicator's series, its cells kept as text (series-codec.ts). */
export const indicatorSeriesEntity = defineEntity<StoredSeries>({
  name: 'IndicatorSeries',
  storeOnly: VERSIONED,
  key: (record) => indicatorSeriesKey(record.id),
});

export const localAuthorityComparisonEntity = defineEntity<LocalAuthorityComparisonRecord>({
  name: 'LocalAuthorityComparison',
  storeOnly: VERSIONED,
  key: (record) => localAuthorityComparisonKey(record.code),
});

export const indicatorSourcesEntity = defineEntity<IndicatorSourcesRecord>({
  name: 'IndicatorSources',
  storeOnly: VERSIONED,
  key: () => indicatorSourcesKey,
});
