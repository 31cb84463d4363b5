// The table's entities, one file each (keys, lists and item mapping); the store's operations import them from here.
export * from './audit.js';
export * from './contact-list.js';
export { ENTITY_NAMES, type EntityName, type ItemKey, type StoredItem } from '../dynamo/entity.js';
export * from './record-ids.js';
export * from './reference.js';
export * from './reminder.js';
export * from './school.js';
export * from './school-records.js';
export * from './rollup.js';
export * from './name-lists.js';
