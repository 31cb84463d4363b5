// A school's own item in a write, version-checked against the copy read, with the rollup updates it makes.
import type { SchoolRecord } from '../../core/records.js';
import type { MergedWrites } from '../dynamo/packed-transactions.js';
import { putVersioned } from '../dynamo/versioned-put.js';
import { rollupItemKeys, rollupWrites, type SchoolChange } from '../rollups/school-rollups.js';
import { schoolEntity } from './keys.js';

/** The school items of a write, each version-checked against the copy read, with the rollup updates they make. */
export function schoolPuts(
  tableName: string,
  changes: readonly { before: SchoolRecord | null; after: SchoolRecord }[],
) {
  return [
    ...changes.map(({ before, after }) => putVersioned(tableName, schoolEntity.item(after), before?.version ?? null)),
    ...rollupWrites(tableName, changes),
  ];
}

/** Schools written many to a packed transaction: each version-checked, their rollup updates merged across the pack. */
export const schoolWrites: MergedWrites<SchoolChange> = { sharedKeys: rollupItemKeys, items: schoolPuts };
