// Councils, trusts and partner agencies: reference data, each under its own partition and listed by name.
import type { LocalAuthorityRecord, PartnerAgencyRecord, TrustRecord } from '../../core/records.js';
import { allOfKind, byName, defineEntity, type ItemKey } from '../dynamo/entity.js';

export const localAuthorityKey = (code: string): ItemKey => ({ pk: `LA#${code}`, sk: 'LA' });
export const trustKey = (uid: string): ItemKey => ({ pk: `TRUST#${uid}`, sk: 'TRUST' });
export const agencyKey = (id: string): ItemKey => ({ pk: `AGENCY#${id}`, sk: 'AGENCY' });

export const localAuthorityEntity = defineEntity<LocalAuthorityRecord>({
  name: 'LocalAuthority',
  key: (record) => localAuthorityKey(record.code),
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
