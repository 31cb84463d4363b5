// Where each kind of data last came from: one small item per kind.
import type { DataSourceRecord } from '../../core/records.js';
import { defineEntity, type ItemKey } from '../dynamo/entity.js';

/** The kinds of data Beacon loads from files: the import kinds and the seed's GIAS school lists. */
export const DATA_SOURCE_KINDS = [
  'la-codes',
  'gias-lists',
  'gias-establishments',
  'gias-groups',
  'gias-links',
  'ofsted-outcomes',
  'iqm-awards',
  'partnerships',
  // The school census: the SEN columns and the FSM column often come in separate DfE files.
  'school-census-sen',
  'school-census-fsm',
  'la-indicators',
  'ees',
  'statistical-neighbours',
] as const;

export const dataSourceKey = (kind: string): ItemKey => ({ pk: 'META#SOURCE', sk: `SOURCE#${kind}` });

export const dataSourceEntity = defineEntity<DataSourceRecord>({
  name: 'DataSource',
  key: (record) => dataSourceKey(record.kind),
});
