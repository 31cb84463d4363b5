// How callers open the store: the API's opener, and the job's, the feeds', the importers' and the bulk loaders'
// apart from it.
export { type BeaconStore, openStore } from './api-store.js';
export { openBulkStore, storedItems } from './bulk-store.js';
export { type FeedStore, openFeedStore } from './feed-store.js';
export { openImportStore } from './import-store.js';
export { type JobStore, openJobStore } from './job-store.js';
export { tableEntities } from './table-entities.js';
