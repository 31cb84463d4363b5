import { auditText } from '../../core/audit-text.js';
import { type ChangeContext, diffRecords } from '../../core/change.js';
import { mutationOrigin, schoolFactChanges } from '../../core/change-feed.js';
import type { SchoolRecord } from '../../core/records.js';
import { checkExpectedVersion } from '../../core/versioning.js';
import { readItem } from '../dynamo/read-item.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { transactWrite, withFreshReads } from '../dynamo/transact.js';
import { changePuts } from '../events/index.js';
import { historyPut } from '../history/history.js';
import { trustEntity, trustKey } from '../reference/keys.js';
import { busy, readSchool } from './consistent-reads.js';
import { schoolPuts } from './school-puts.js';

/** The names of the trusts a school moves between (read only when it moves), for its join and leave changes. */
async function trustNames(config: StoreConfig, before: SchoolRecord | null, after: SchoolRecord) {
  const uids = before?.trustUid === after.trustUid ? [] : [before?.trustUid, after.trustUid];
  const names = new Map<string, string>();
  for (const uid of uids) {
    const item = uid ? await readItem(config, trustKey(uid)) : null;
    if (uid && item) names.set(uid, trustEntity.of(item).name);
  }
  return (uid: string) => names.get(uid);
}

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
        ...changePuts(
          config.tableName,
          schoolFactChanges(existing, next, mutationOrigin(change), await trustNames(config, existing, next)),
        ),
      ]);
      return next;
    },
    () => busy(`School ${urn}`),
  );
}
