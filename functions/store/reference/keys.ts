// Councils, trusts and partner agencies: reference data, each under its own partition and listed by name.
import type { DataSourceRecord, LocalAuthorityRecord, PartnerAgencyRecord, TrustRecord } from '../../core/records.js';
import { byName, defineEntity, type EntityName, type ItemKey } from '../dynamo/entity.js';

/** Every item of one kind, by name (gsi3). */
export const allOfKind = (kind: EntityName) => `KIND#${kind}`;

export const councilKey = (code: string): ItemKey => ({ pk: `LA#${code}`, sk: 'LA' });
export const trustKey = (uid: string): ItemKey => ({ pk: `TRUST#${uid}`, sk: 'TRUST' });
export const agencyKey = (id: string): ItemKey => ({ pk: `AGENCY#${id}`, sk: 'AGENCY' });

export const councilEntity = defineEntity<LocalAuthorityRecord>({
  name: 'LocalAuthority',
  key: (record) => councilKey(record.code),
  listings: (record) => ({ gsi3: { partition: allOfKind('LocalAuthority'), sort: byName(record.name) } }),
});

export const trustEntity = defineEntity<TrustRecord>({
  name: 'Trust',
  key: (record) => trustKey(record.uid),
  listings: (record) => ({ gsi3: { partition: allOfKind('Trust'), sort: byName(record.name) } }),
});

export const agencyEntity = defineEntity<PartnerAgencyRecord>({
  name: 'Agency',
  key: (record) => agencyKey(record.id),
  listings: (record) => ({ gsi3: { partition: allOfKind('Agency'), sort: byName(record.name) } }),
});

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
] as const;

export const dataSourceKey = (kind: string): ItemKey => ({ pk: 'META#SOURCE', sk: `SOURCE#${kind}` });

export const dataSourceEntity = defineEntity<DataSourceRecord>({
  name: 'DataSource',
  key: (record) => dataSourceKey(record.kind),
});
