// The store's front door: the only module the rest of Beacon imports from functions/store. It only re-exports,
// one line (or block) per folder: each entity's public face, the DynamoDB primitives callers need, and the openers
// (openers/) that bind a client and table to operations named by entity.
export type { AwardDecision, DueState } from './awards/index.js';
export {
  countRequests,
  createDocumentClient,
  createLambdaDocumentClient,
  ensureTable,
  type IndexName,
  indexTable,
  newRequestCounter,
  type RequestCounter,
  type StoreConfig,
  type StoredItem,
  TABLE_LAYOUT,
  tableDesign,
} from './dynamo/index.js';
export type { HistoryPage } from './history/index.js';
export type { IndicatorSourcesRecord } from './indicators/index.js';
export type { InspectionImportUnit } from './inspections/index.js';
export type { NamedSchool, NameLists } from './name-lists/index.js';
export {
  type BeaconStore,
  type FeedStore,
  type JobStore,
  openBulkStore,
  openFeedStore,
  openImportStore,
  openJobStore,
  openStore,
  storedItems,
  tableEntities,
} from './openers/index.js';
export type { OutboxMessage } from './outbox/index.js';
export type { Claim, ReminderPage } from './reminders/index.js';
export type { RollupScope } from './rollups/index.js';
export {
  applySchoolFacts,
  type CensusUpdate,
  type FactsImportContext,
  type FactsOutcome,
  type FactsResult,
  recordIds,
  SCHOOL_FACT_FIELDS,
  type SchoolFacts,
  type SchoolFactsUpdate,
} from './schools/index.js';
export type { SeedMarkerInfo } from './seed-marker/index.js';
export type { DigestMark, LiveSubscription } from './subscriptions/index.js';
