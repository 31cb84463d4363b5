// Rollups of open schools (tallies, listings, England's directory) and the name lists' shards and stamps.

export type { RollupScope } from './keys.js';
export { nameListShardKeys } from './name-list-keys.js';
export { createRollupReader, readEnglandTally } from './reader.js';
export { rollupItems } from './school-rollups.js';
