import { auditText } from '../../core/audit-text.js';
import { type ChangeContext, diffRecords } from '../../core/change.js';
import { mutationOrigin, schoolFactChanges } from '../../core/change-feed.js';
import type { SchoolRecord } from '../../core/records.js';
import { checkExpectedVersion } from '../../core/versioning.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { transactWrite, withFreshReads } from '../dynamo/transact.js';
import { changePuts } from '../events/index.js';
import { historyPut } from '../history/history.js';
import { busy, readSchool } from './consistent-reads.js';
import { schoolPuts } from './school-puts.js';

/**
 * Creates or replaces a school's GIAS facts. With `expectedVersion` a stale write is a CONFLICT;
 * without it the facts are applied to the latest version.
 */
export async function upsertSchool(
  config: StoreConfig,
  urn: string,
  decide: (existing: SchoolRecord | null) => SchoolRecord,
  change: ChangeContext,
  expectedVersion: number | null,
): Promise<SchoolRecord> {
  return withFreshReads(
    async () => {
      const existing = await readSchool(config, urn);
      if (existing) checkExpectedVersion(`School ${urn}`, existing.version, expectedVersion);
      const next = decide(existing);
      await transactWrite(config.client, [
        ...schoolPuts(config.tableName, [{ before: existing, after: next }]),
        historyPut(config.tableName, {
          urn,
          ...change,
          recordId: urn,
          summary: auditText.schoolUpserted(existing !== null),
          changes: diffRecords(existing, next),
        }),
        ...changePuts(config.tableName, schoolFactChanges(existing, next, mutationOrigin(change))),
      ]);
      return next;
    },
    () => busy(`School ${urn}`),
  );
}
