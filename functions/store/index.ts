// The store's front door: the only module the rest of Beacon imports from functions/store. `openStore` binds a
// client and table to operations named by entity; reads by key go through per-store DataLoaders, so open one per
// request (the API) or per run (jobs, imports).
import type {
  AwardRecord,
  InspectionRecord,
  LocalAuthorityRecord,
  PartnerAgencyRecord,
  SchoolRecord,
  TrustRecord,
} from '../core/records.js';
import * as awards from './awards/index.js';
import * as contacts from './contacts/index.js';
import * as dataSources from './data-sources/index.js';
import * as dynamo from './dynamo/index.js';
import * as history from './history/index.js';
import * as inspections from './inspections/index.js';
import * as nameLists from './name-lists/index.js';
import * as outbox from './outbox/index.js';
import * as partnerships from './partnerships/index.js';
import * as reference from './reference/index.js';
import * as reminders from './reminders/index.js';
import * as rollups from './rollups/index.js';
import * as schools from './schools/index.js';
import * as seedMarker from './seed-marker/index.js';
import type { BulkLoadOptions, StoreConfig, StoredItem } from './dynamo/index.js';
import { bind, existing, once } from './dynamo/index.js';

export type { AwardDecision, DueState } from './awards/index.js';
export {
  countRequests,
  createDocumentClient,
  ensureTable,
  indexTable,
  newRequestCounter,
  TABLE_LAYOUT,
  tableDesign,
  type IndexName,
  type RequestCounter,
  type StoreConfig,
  type StoredItem,
} from './dynamo/index.js';
export type { HistoryPage } from './history/index.js';
export type { InspectionImportUnit } from './inspections/index.js';
export type { NameLists, NamedSchool } from './name-lists/index.js';
export type { OutboxMessage } from './outbox/index.js';
export type { Claim, ReminderPage } from './reminders/index.js';
export type { RollupScope } from './rollups/index.js';
export {
  SCHOOL_FACT_FIELDS,
  applySchoolFacts,
  type FactsImportContext,
  type FactsOutcome,
  type FactsResult,
  type SchoolFacts,
  type SchoolFactsUpdate,
} from './schools/index.js';
export type { SeedMarkerInfo } from './seed-marker/index.js';

/** The table's entities, for the declaration tests and the index documentation (operations go through openStore). */
export const tableEntities = {
  ENTITY_NAMES: dynamo.ENTITY_NAMES,
  localAuthorityEntity: reference.localAuthorityEntity,
  trustEntity: reference.trustEntity,
  agencyEntity: reference.agencyEntity,
  schoolEntity: schools.schoolEntity,
  inspectionEntity: inspections.inspectionEntity,
  awardEntity: awards.awardEntity,
  partnershipEntity: partnerships.partnershipEntity,
  reminderEntity: reminders.reminderEntity,
  contactListEntity: contacts.contactListEntity,
  nameListShardKeys: rollups.nameListShardKeys,
};

export { recordIds } from './schools/index.js';

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
  /** Every council's and trust's entry in the name lists that searches read. */
  nameLists: (localAuthorities: readonly LocalAuthorityRecord[], trusts: readonly TrustRecord[]) =>
    nameLists.nameListItems(localAuthorities, trusts),
};

export function openStore(config: StoreConfig) {
  // Every loader reads through one key loader, so reads by key in the same tick share one BatchGetItem.
  const load = dynamo.keyLoader(config.client, config.tableName);
  const schoolReads = schools.createSchoolReads(config, load);
  const loaders = {
    ...reference.referenceLoaders(load),
    inspection: inspections.inspectionLoader(load),
    award: awards.awardLoader(load),
    partnership: partnerships.partnershipLoader(load),
  };
  const contactLoader = contacts.createContactLoader(config);
  const rollupReader = rollups.createRollupReader(config);
  return {
    config,
    schools: schools.schoolOperations(config, schoolReads, rollupReader),
    inspections: {
      byId: (id: string) => loaders.inspection.load(id),
      existing: existing(loaders.inspection),
      record: bind(config, inspections.recordInspection),
    },
    awards: {
      byId: (id: string) => loaders.award.load(id),
      existing: existing(loaders.award),
      /** Every award of a school, read consistently. */
      readLatest: bind(config, awards.readAwards),
      add: bind(config, awards.addAward),
      change: bind(config, awards.changeAward),
    },
    partnerships: {
      byKey: (urn: string, partnershipId: string) =>
        loaders.partnership.load(partnerships.partnershipLoaderKey(urn, partnershipId)),
      ofSchool: (school: SchoolRecord) =>
        dynamo.loadExisting(
          loaders.partnership,
          school.partnershipIds.map((id) => partnerships.partnershipLoaderKey(school.urn, id)),
        ),
      ofAgency: bind(config, partnerships.readPartnershipsOfAgency),
      add: bind(config, partnerships.addPartnership),
      end: bind(config, partnerships.endPartnership),
    },
    contacts: {
      of: (owner: Parameters<typeof contactLoader.load>[0]) => contactLoader.load(owner),
      change: bind(config, contacts.changeContacts),
    },
    reminders: {
      page: bind(config, reminders.reminderPage),
      acknowledge: bind(config, reminders.acknowledgeReminder),
    },
    history: { page: bind(config, history.historyPage) },
    /** Kept counts of a council's or trust's open schools, and England's (every council's added up). */
    tallies: { of: rollupReader.tally, england: once(() => rollups.readEnglandTally(config)) },
    /**
     * Every council, trust and open school by name, as kept in this process and checked against the lists' stamps
     * once per request: a search reads ten tiny items, plus the shards written since the last search.
     */
    nameLists: once(() => nameLists.readNameLists(config)),
    /** Where each kind of data came from and its as-at date; read once per request. */
    sources: { all: once(() => dataSources.readDataSources(load)), record: bind(config, dataSources.recordDataSource) },
    localAuthorities: {
      byCode: (code: string) => loaders.localAuthority.load(code),
      all: () => reference.allLocalAuthorities(config),
      upsert: bind(config, reference.upsertLocalAuthority),
    },
    trusts: {
      byUid: (uid: string) => loaders.trust.load(uid),
      all: () => reference.allTrusts(config),
      existing: existing(loaders.trust),
      upsert: bind(config, reference.upsertTrust),
    },
    agencies: {
      byId: (id: string) => loaders.agency.load(id),
      all: () => reference.allAgencies(config),
      existing: existing(loaders.agency),
      upsert: bind(config, reference.upsertAgency),
    },
  };
}

export type BeaconStore = ReturnType<typeof openStore>;

/*
 * The scheduled job's, the importer's and the seed's operations have openers of their own, so the API's bundle
 * leaves out what only they use.
 */

/** The daily reassessment job: awards due, reminders recorded and claimed once, the local outbox. */
export function openJobStore(config: StoreConfig) {
  const contactLoader = contacts.createContactLoader(config);
  return {
    reminders: {
      dueAwards: bind(config, awards.queryDueAwards),
      dueState: bind(config, awards.readDueState),
      read: bind(config, reminders.readReminders),
      record: bind(config, reminders.recordReminder),
      claim: bind(config, reminders.claimReminder),
      markDelivered: bind(config, reminders.markDelivered),
      markFailed: bind(config, reminders.markFailed),
      flagStatus: bind(config, awards.flagAwardStatus),
    },
    contacts: { of: (owner: Parameters<typeof contactLoader.load>[0]) => contactLoader.load(owner) },
    outbox: { put: bind(config, outbox.putOutboxMessage), read: bind(config, outbox.readOutbox) },
  };
}

export type JobStore = ReturnType<typeof openJobStore>;

/** GIAS imports: which councils and trusts are held, and schools' facts applied in bulk. */
export function openImportStore(config: StoreConfig) {
  return {
    schools: {
      importFacts: bind(config, schools.importSchoolFacts),
      read: bind(config, schools.readSchools),
      /** Held schools descended from these, across generations: one batch read per generation. */
      descendantsOf: (starts: readonly SchoolRecord[]) =>
        schools.linkedGenerations(
          starts,
          (school) => school.successors,
          (urns) => schools.readSchools(config, urns),
        ),
    },
    inspections: {
      read: bind(config, inspections.readInspections),
      writeUnits: bind(config, inspections.writeInspectionUnits),
    },
    sources: { record: bind(config, dataSources.recordDataSource) },
    localAuthorities: {
      held: bind(config, reference.heldLocalAuthorities),
      read: bind(config, reference.readLocalAuthorities),
      put: bind(config, reference.putLocalAuthorities),
    },
    trusts: {
      held: bind(config, reference.heldTrusts),
      read: bind(config, reference.readTrusts),
      put: bind(config, reference.putTrusts),
    },
  };
}

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
