// The store's front door: the only module the rest of Beacon imports from functions/store. `openStore` binds a
// client and table to operations named by entity; reads by key go through per-store DataLoaders, so open one per
// request (the API) or per run (jobs, imports).
import {
  agencyEntity,
  awardEntity,
  councilEntity,
  inspectionEntity,
  newId,
  newRecordId,
  ofstedInspectionId,
  schoolEntity,
  trustEntity,
  urnOfRecordId,
} from './entities/index.js';
import type DataLoader from 'dataloader';
import type {
  AwardRecord,
  InspectionRecord,
  LocalAuthorityRecord,
  PartnerAgencyRecord,
  SchoolRecord,
  TrustRecord,
} from '../core/records.js';
import { addAward, changeAward } from './awards/writes.js';
import { createRequestStore } from './schools/reads.js';
import { putItems } from './dynamo/batch-write.js';
import type { StoreConfig } from './dynamo/store-config.js';
import { loadItems, type BulkLoadOptions } from './dynamo/bulk-load.js';
import { readDataSources, recordDataSource } from './data-sources/data-sources.js';
import { readInspections, writeInspectionUnits } from './inspections/import.js';
import { readAwards, readSchool, readSchools } from './schools/consistent-reads.js';
import { changeContacts, createContactLoader } from './contacts/contacts.js';
import { historyPage } from './history/history.js';
import { partnershipLoaderKey } from './reference/loaders.js';
import { loadExisting } from './dynamo/loaders.js';
import { putOutboxMessage, readOutbox } from './outbox/outbox.js';
import { queryDueAwards, readDueState, readReminders } from './awards/due.js';
import { claimReminder, flagAwardStatus, markDelivered, markFailed, recordReminder } from './reminders/writes.js';
import {
  putCouncils,
  putTrusts,
  readCouncils,
  readTrusts,
  upsertAgency,
  upsertLocalAuthority,
  upsertTrust,
} from './reference/writes.js';
import { acknowledgeReminder } from './reminders/acknowledge.js';
import { reminderPage } from './reminders/page.js';
import { linkedGenerations, schoolLineage } from './schools/lineage.js';
import { heldLocalAuthorities, heldTrusts, importSchoolFacts } from './schools/import-facts.js';
import { addPartnership, endPartnership, recordInspection, upsertSchool } from './schools/writes.js';
import { readSeedMarker, writeSeedMarker } from './seed-marker/seed-marker.js';
import { schoolNamePage } from './schools/name-pages.js';
import { createRollupReader, readEnglandTally, rollupItems } from './rollups/school-rollups.js';
import type { RollupScope } from './entities/index.js';
import { nameListItems } from './name-lists/writes.js';
import { readNameLists } from './name-lists/read.js';

export type { AwardDecision } from './awards/writes.js';
export type { StoreConfig } from './dynamo/store-config.js';
export type { RollupScope } from './entities/index.js';
export type { StoredItem } from './dynamo/batch-get.js';
import type { StoredItem } from './dynamo/batch-get.js';
export { ensureTable } from './dynamo/create-table.js';
export {
  countRequests,
  createDocumentClient,
  newRequestCounter,
  type RequestCounter,
} from './dynamo/document-client.js';
export type { HistoryPage } from './history/history.js';
export type { NameLists, NamedSchool } from './name-lists/read.js';
export type { InspectionImportUnit } from './inspections/import.js';
export type { OutboxMessage } from './outbox/outbox.js';
export type { Claim } from './reminders/writes.js';
export type { DueState } from './awards/due.js';
export type { ReminderPage } from './reminders/page.js';
export {
  SCHOOL_FACT_FIELDS,
  applySchoolFacts,
  type FactsImportContext,
  type FactsOutcome,
  type FactsResult,
  type SchoolFacts,
  type SchoolFactsUpdate,
} from './schools/import-facts.js';
export type { SeedMarkerInfo } from './seed-marker/seed-marker.js';
export { TABLE_LAYOUT, tableDesign, type IndexName } from './dynamo/table-design.js';
export { indexTable } from './dynamo/index-docs.js';
/** The table's entities, for the declaration tests and the index documentation (operations go through openStore). */
export * as tableEntities from './entities/index.js';

/** Binds the store's config to an operation that takes it first. */
const once = <T>(read: () => Promise<T>) => {
  let result: Promise<T> | undefined;
  return () => {
    result ??= read();
    return result;
  };
};

const bind =
  <A extends unknown[], R>(config: StoreConfig, operation: (config: StoreConfig, ...args: A) => R) =>
  (...args: A): R =>
    operation(config, ...args);

const existing =
  <T>(loader: DataLoader<string, T | null>) =>
  (ids: readonly string[]) =>
    loadExisting(loader, ids);

/** Record ids carry the school's URN and the record's date: `A-140412-20231215-3f9a1c`. */
export const recordIds = {
  newAwardId: newId('A'),
  newInspectionId: newId('I'),
  ofstedInspectionId,
  /** The URN a record id was made under, or null when the text is not a record id. */
  urnOf: urnOfRecordId,
  /** Deterministic ids for generated data (benchmarks). */
  make: newRecordId,
};

/** Whole items for bulk writes (the seed, generated benchmark data), from domain records. */
export const storedItems = {
  school: (record: SchoolRecord) => schoolEntity.item(record),
  award: (record: AwardRecord) => awardEntity.item(record),
  inspection: (record: InspectionRecord) => inspectionEntity.item(record),
  council: (record: LocalAuthorityRecord) => councilEntity.item(record),
  trust: (record: TrustRecord) => trustEntity.item(record),
  agency: (record: PartnerAgencyRecord) => agencyEntity.item(record),
  /** The tallies, listings and directory of these schools, for loading them into an empty table with them. */
  rollups: (schools: readonly SchoolRecord[]) => rollupItems(schools),
  /** Every council's and trust's entry in the name lists that searches read. */
  nameLists: (councils: readonly LocalAuthorityRecord[], trusts: readonly TrustRecord[]) =>
    nameListItems(councils, trusts),
};

export function openStore(config: StoreConfig) {
  const reads = createRequestStore(config);
  const { loaders } = reads;
  const contactLoader = createContactLoader(config);
  const rollups = createRollupReader(config);
  return {
    config,
    schools: {
      byUrn: (urn: string) => loaders.school.load(urn),
      existing: existing(loaders.school),
      /** The school and its predecessors (academy conversions), one batch read per generation. */
      lineage: (school: SchoolRecord) => schoolLineage(school, existing(loaders.school)),
      ofAuthority: reads.schoolsOfAuthority,
      ofTrust: reads.schoolsOfTrust,
      all: reads.allOpenSchools,
      /** A page of a council's, a trust's or England's open schools in name order, after a previous page's key. */
      namePage: async (scope: RollupScope, size: number, afterSortKey: string | null) => {
        const page = await schoolNamePage(config, scope, size, afterSortKey);
        for (const { school } of page.schools) loaders.school.prime(school.urn, school);
        return page;
      },
      /** Every open school of a council or trust as a compact listing (a few items, not the schools). */
      listings: rollups.listings,
      /** Every open school of England by URN and name. */
      directory: rollups.directory,
      /** A strongly consistent read, for checks just before a write. */
      readLatest: bind(config, readSchool),
      upsert: bind(config, upsertSchool),
    },
    inspections: {
      byId: (id: string) => loaders.inspection.load(id),
      existing: existing(loaders.inspection),
      record: bind(config, recordInspection),
    },
    awards: {
      byId: (id: string) => loaders.award.load(id),
      existing: existing(loaders.award),
      /** Every award of a school, read consistently. */
      readLatest: bind(config, readAwards),
      add: bind(config, addAward),
      change: bind(config, changeAward),
    },
    partnerships: {
      byKey: (urn: string, partnershipId: string) => loaders.partnership.load(partnershipLoaderKey(urn, partnershipId)),
      ofSchool: (school: SchoolRecord) =>
        loadExisting(
          loaders.partnership,
          school.partnershipIds.map((id) => partnershipLoaderKey(school.urn, id)),
        ),
      ofAgency: reads.partnershipsOfAgency,
      add: bind(config, addPartnership),
      end: bind(config, endPartnership),
    },
    contacts: {
      of: (owner: Parameters<typeof contactLoader.load>[0]) => contactLoader.load(owner),
      change: bind(config, changeContacts),
    },
    reminders: {
      page: bind(config, reminderPage),
      acknowledge: bind(config, acknowledgeReminder),
    },
    history: { page: bind(config, historyPage) },
    /** Kept counts of a council's or trust's open schools, and England's (every council's added up). */
    tallies: { of: rollups.tally, england: once(() => readEnglandTally(config)) },
    /**
     * Every council, trust and open school by name, as kept in this process and checked against the lists' stamps
     * once per request: a search reads ten tiny items, plus the shards written since the last search.
     */
    nameLists: once(() => readNameLists(config)),
    /** Where each kind of data came from and its as-at date; read once per request. */
    sources: { all: once(() => readDataSources(loaders.item)), record: bind(config, recordDataSource) },
    councils: {
      byCode: (code: string) => loaders.localAuthority.load(code),
      all: reads.allCouncils,
      upsert: bind(config, upsertLocalAuthority),
    },
    trusts: {
      byUid: (uid: string) => loaders.trust.load(uid),
      all: reads.allTrusts,
      existing: existing(loaders.trust),
      upsert: bind(config, upsertTrust),
    },
    agencies: {
      byId: (id: string) => loaders.agency.load(id),
      all: reads.allAgencies,
      existing: existing(loaders.agency),
      upsert: bind(config, upsertAgency),
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
  const contactLoader = createContactLoader(config);
  return {
    reminders: {
      dueAwards: bind(config, queryDueAwards),
      dueState: bind(config, readDueState),
      read: bind(config, readReminders),
      record: bind(config, recordReminder),
      claim: bind(config, claimReminder),
      markDelivered: bind(config, markDelivered),
      markFailed: bind(config, markFailed),
      flagStatus: bind(config, flagAwardStatus),
    },
    contacts: { of: (owner: Parameters<typeof contactLoader.load>[0]) => contactLoader.load(owner) },
    outbox: { put: bind(config, putOutboxMessage), read: bind(config, readOutbox) },
  };
}

export type JobStore = ReturnType<typeof openJobStore>;

/** GIAS imports: which councils and trusts are held, and schools' facts applied in bulk. */
export function openImportStore(config: StoreConfig) {
  return {
    schools: {
      importFacts: bind(config, importSchoolFacts),
      read: bind(config, readSchools),
      /** Held schools descended from these, across generations: one batch read per generation. */
      descendantsOf: (schools: readonly SchoolRecord[]) =>
        linkedGenerations(
          schools,
          (school) => school.successors,
          (urns) => readSchools(config, urns),
        ),
    },
    inspections: { read: bind(config, readInspections), writeUnits: bind(config, writeInspectionUnits) },
    sources: { record: bind(config, recordDataSource) },
    councils: {
      held: bind(config, heldLocalAuthorities),
      read: bind(config, readCouncils),
      put: bind(config, putCouncils),
    },
    trusts: { held: bind(config, heldTrusts), read: bind(config, readTrusts), put: bind(config, putTrusts) },
  };
}

/** Whole items written as they are (the seed, generated data), and the marker of a finished seed. */
export function openBulkStore(config: StoreConfig) {
  return {
    put: bind(config, putItems),
    /** Many whole items, 100 per transaction, several in flight: for loading an empty table. */
    load: (items: readonly StoredItem[], options?: BulkLoadOptions) => loadItems(config, items, options),
    recordSource: bind(config, recordDataSource),
    readSeedMarker: bind(config, readSeedMarker),
    writeSeedMarker: bind(config, writeSeedMarker),
  };
}
