// The store's front door: the only module the rest of Beacon imports from functions/store. It only re-exports,
// one line (or block) per folder: each entity's public face, the DynamoDB primitives callers need, and the openers
// (openers/) that bind a client and table to operations named by entity.
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
  recordIds,
  type FactsImportContext,
  type FactsOutcome,
  type FactsResult,
  type SchoolFacts,
  type SchoolFactsUpdate,
} from './schools/index.js';
export type { SeedMarkerInfo } from './seed-marker/index.js';
export {
  openBulkStore,
  openImportStore,
  openJobStore,
  openStore,
  storedItems,
  tableEntities,
  type BeaconStore,
  type JobStore,
} from './openers/index.js';
