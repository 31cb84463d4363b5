// Award changes: the awards touched, the school's award list and summary, and a history entry, in one transaction.

import { type ChangeContext, diffRecords } from '../../core/change.js';
import { awardChanges, mutationOrigin } from '../../core/change-feed.js';
import { conflict, notFound } from '../../core/errors.js';
import type { AwardRecord, SchoolRecord } from '../../core/records.js';
import { awardSummary } from '../../core/school-summary.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { transactWrite, withFreshReads } from '../dynamo/transact.js';
import { putVersioned } from '../dynamo/versioned-put.js';
import { changePuts } from '../events/index.js';
import { historyPut } from '../history/history.js';
import { readSchool } from '../schools/consistent-reads.js';
import { urnOfRecordId } from '../schools/record-ids.js';
import { schoolPuts } from '../schools/school-puts.js';
import { awardEntity } from './keys.js';
import { readAwards } from './reads.js';

export interface AwardDecision {
  /** The award the mutation answers with. */
  result: AwardRecord;
  /** Every award written: new ones (version 1) and changed ones (their version increased by one). */
  changed: AwardRecord[];
  summary: string;
}

type AwardTarget = { urn: string } | { awardId: string };

function urnOf(target: AwardTarget): string {
  if ('urn' in target) return target.urn;
  const urn = urnOfRecordId(target.awardId);
  if (!urn) throw notFound(`No award with id "${target.awardId}"; award ids look like A-140412-20231215-3f9a1c.`);
  return urn;
}

/** A new award for the school (grant): the decision sees all of the school's awards. */
export function addAward(
  config: StoreConfig,
  urn: string,
  decide: (awards: AwardRecord[]) => AwardDecision,
  change: ChangeContext,
): Promise<AwardRecord> {
  return changeAwards(config, { urn }, (awards) => decide(awards), change);
}

/** A change to one award (review, reassessment, withdrawal): NOT_FOUND when the id is unknown. */
export function changeAward(
  config: StoreConfig,
  awardId: string,
  decide: (award: AwardRecord, awards: AwardRecord[]) => AwardDecision,
  change: ChangeContext,
): Promise<AwardRecord> {
  return changeAwards(
    config,
    { awardId },
    (awards, target) => {
      if (!target) throw notFound(`No award with id "${awardId}".`);
      return decide(target, awards);
    },
    change,
  );
}

/**
 * Read the school and its awards, decide, write; on a concurrent change the decision is retaken on fresh reads,
 * so no update is lost. A caller who pinned expectedVersion gets CONFLICT from the decision itself on the retry.
 */
async function changeAwards(
  config: StoreConfig,
  target: AwardTarget,
  decide: (awards: AwardRecord[], target: AwardRecord | undefined) => AwardDecision,
  change: ChangeContext,
): Promise<AwardRecord> {
  const urn = urnOf(target);
  const stale = () =>
    conflict(`The awards of school ${urn} changed while this change was being made; reload and try again.`);
  const once = async () => {
    const school = await readSchool(config, urn);
    if (!school)
      throw notFound(
        'awardId' in target ? `No award with id "${target.awardId}".` : `No school with URN ${urn} is held by Beacon.`,
      );
    const awards = await readAwards(config, school);
    const targeted = 'awardId' in target ? awards.find((award) => award.id === target.awardId) : undefined;
    if ('awardId' in target && !targeted) throw notFound(`No award with id "${target.awardId}".`);
    const decision = decide(awards, targeted);
    const before = new Map(awards.map((award) => [award.id, award]));
    const merged = [
      ...awards.filter((award) => !decision.changed.some((next) => next.id === award.id)),
      ...decision.changed,
    ];
    const nextSchool: SchoolRecord = {
      ...school,
      awardIds: [...new Set([...decision.changed.map((award) => award.id), ...school.awardIds])].sort().reverse(),
      summary: { ...school.summary, award: awardSummary(merged) },
      version: school.version + 1,
    };
    await transactWrite(config.client, [
      ...decision.changed.map((award) =>
        putVersioned(config.tableName, awardEntity.item(award), before.get(award.id)?.version ?? null),
      ),
      ...schoolPuts(config.tableName, [{ before: school, after: nextSchool }]),
      historyPut(config.tableName, {
        urn,
        ...change,
        recordId: decision.result.id,
        summary: decision.summary,
        changes: diffRecords(before.get(decision.result.id) ?? null, decision.result),
      }),
      ...changePuts(config.tableName, awardChanges(nextSchool, before, decision.changed, mutationOrigin(change))),
    ]);
    return decision.result;
  };
  return withFreshReads(once, stale);
}
