// Whole items for loading a table (the seed, generated benchmark data): apart from the API's opener, so its bundle
// leaves them out.
import type { ChangeRecord } from '../../core/change-feed.js';
import type {
  AwardRecord,
  InspectionRecord,
  LocalAuthorityRecord,
  PartnerAgencyRecord,
  SchoolRecord,
  TrustRecord,
} from '../../core/records.js';
import * as awards from '../awards/index.js';
import * as dataSources from '../data-sources/index.js';
import * as dynamo from '../dynamo/index.js';
import { type BulkLoadOptions, bind, type StoreConfig, type StoredItem } from '../dynamo/index.js';
import * as events from '../events/index.js';
import * as inspections from '../inspections/index.js';
import * as nameLists from '../name-lists/index.js';
import * as reference from '../reference/index.js';
import * as rollups from '../rollups/index.js';
import * as schools from '../schools/index.js';
import * as seedMarker from '../seed-marker/index.js';

/** Whole items for bulk writes (the seed, generated benchmark data), from domain records. */
export const storedItems = {
  school: (record: SchoolRecord) => schools.schoolEntity.item(record),
  award: (record: AwardRecord) => awards.awardEntity.item(record),
  inspection: (record: InspectionRecord) => inspections.inspectionEntity.item(record),
  localAuthority: (record: LocalAuthorityRecord) => reference.localAuthorityEntity.item(record),
  trust: (record: TrustRecord) => reference.trustEntity.item(record),
  agency: (record: PartnerAgencyRecord) => reference.agencyEntity.item(record),
  /** The tallies, listings and directory of these schools, for loading them into an empty table with them. */
  rollups: (records: readonly SchoolRecord[]) => rollups.rollupItems(records),
  /** Change events' items (each under its school, listed in its feeds), e.g. those the seed's files state. */
  changes: (records: readonly ChangeRecord[]) => events.changeItems(records),
  /** Every council's and trust's entry in the name lists that searches read. */
  nameLists: (localAuthorities: readonly LocalAuthorityRecord[], trusts: readonly TrustRecord[]) =>
    nameLists.nameListItems(localAuthorities, trusts),
};

/** Whole items written as they are (the seed, generated data), and the marker of a finished seed. */
export function openBulkStore(config: StoreConfig) {
  return {
    put: bind(config, dynamo.putItems),
    /** Many whole items, 100 per transaction, several in flight: for loading an empty table. */
    load: (items: readonly StoredItem[], options?: BulkLoadOptions) => dynamo.loadItems(config, items, options),
    recordSource: bind(config, dataSources.recordDataSource),
    readSeedMarker: bind(config, seedMarker.readSeedMarker),
    writeSeedMarker: bind(config, seedMarker.writeSeedMarker),
  };
}
