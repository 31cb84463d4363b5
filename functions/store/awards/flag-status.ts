// The daily job's award flag: the summary award's derived status written onto its school with a history entry.
import type { ChangeContext } from '../../core/change.js';
import { flagChanges, mutationOrigin } from '../../core/change-feed.js';
import type { IsoDate, SchoolRecord } from '../../core/records.js';
import { describeFlag, flaggedSummary, type StatusFlag, statusFlagChange } from '../../core/status-flag.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { transactWrite, withFreshReads } from '../dynamo/transact.js';
import { changePuts } from '../events/index.js';
import { historyPut } from '../history/history.js';
import { readSchool } from '../schools/consistent-reads.js';
import { schoolPuts } from '../schools/school-puts.js';

/**
 * Writes the summary award's derived status onto the school (versioned) with a history entry, in one transaction.
 * `school` is the copy the job read; on a concurrent change the flag is recomputed on a fresh read.
 */
export async function flagAwardStatus(
  config: StoreConfig,
  school: SchoolRecord,
  today: IsoDate,
  change: ChangeContext,
): Promise<StatusFlag | null> {
  let current: SchoolRecord | null = school;
  let fresh = false;
  return withFreshReads(
    async () => {
      if (fresh) current = await readSchool(config, school.urn);
      fresh = true;
      if (!current) return null;
      const flag = statusFlagChange(current.summary, today);
      if (!flag) return null;
      const next: SchoolRecord = {
        ...current,
        summary: flaggedSummary(current.summary, flag, today),
        version: current.version + 1,
      };
      await transactWrite(config.client, [
        ...schoolPuts(config.tableName, [{ before: current, after: next }]),
        historyPut(config.tableName, {
          urn: current.urn,
          ...change,
          recordId: flag.awardId,
          summary: describeFlag(flag, current.summary.award),
          changes: [{ field: 'summary.award.status', before: flag.before, after: flag.after }],
        }),
        // Once per award, due date and state: the event's id is made from them, not from the job's day.
        ...changePuts(
          config.tableName,
          flagChanges(next, flag, current.summary.award?.nextDueOn, today, mutationOrigin(change)),
        ),
      ]);
      return flag;
    },
    // Someone keeps changing this school: leave the flag to the next run rather than fail the whole job.
    () => new FlagSkipped(school.urn),
  ).catch((error: unknown) => {
    if (error instanceof FlagSkipped) return null;
    throw error;
  });
}

class FlagSkipped extends Error {
  constructor(urn: string) {
    super(`School ${urn} changed on every attempt; its flag is left to the next run`);
  }
}
