// The table's entities, one file each (keys, lists and item mapping); the store's operations import them from here.
export * from '../history/keys.js';
export * from '../contacts/keys.js';
export { ENTITY_NAMES, type EntityName, type ItemKey, type StoredItem } from '../dynamo/entity.js';
export * from '../schools/record-ids.js';
export * from '../reference/keys.js';
export * from '../reminders/keys.js';
export * from '../schools/keys.js';
export * from '../awards/keys.js';
export * from '../rollups/keys.js';
export * from '../rollups/name-list-keys.js';
