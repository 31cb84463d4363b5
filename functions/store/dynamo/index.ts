// The DynamoDB primitives the front door shows: the document client and its request counter, the table design,
// the table's creation, whole-item writes, and the index documentation.

export { putItems } from './batch-write.js';
export { bind, existing, once } from './bind.js';
export { type BulkLoadOptions, loadItems } from './bulk-load.js';
export { ensureTable } from './create-table.js';
export {
  countRequests,
  createDocumentClient,
  createLambdaDocumentClient,
  newRequestCounter,
  type RequestCounter,
} from './document-client.js';
export { ENTITY_NAMES, type StoredItem } from './entity.js';
export { indexTable } from './index-docs.js';
export { keyLoader, loadExisting } from './loaders.js';
export type { StoreConfig } from './store-config.js';
export { type IndexName, TABLE_LAYOUT, tableDesign } from './table-design.js';
