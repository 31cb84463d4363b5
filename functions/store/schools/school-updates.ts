// Many schools changed by an import: read in bulk (strongly consistent), decided in memory, written many to a packed
// transaction (each school version-checked, with its history entry and the rollups it changes); a school that
// changed since it was read is re-read and redone alone. GIAS facts (import-facts.ts) and census figures (census.ts)
// both come through here.
import pMap from 'p-map';
import { type ChangeContext, diffRecords } from '../../core/change.js';
import type { ChangeRecord } from '../../core/change-feed.js';
import type { SchoolRecord } from '../../core/records.js';
import { backoff } from '../dynamo/backoff.js';
import { batchGetAll, lookup } from '../dynamo/batch-get.js';
import { isThrottled, writePacked } from '../dynamo/packed-transactions.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { StaleWrite, transactWrite } from '../dynamo/transact.js';
import { changeItemCount, changePuts } from '../events/index.js';
import { historyPut } from '../history/history.js';
import { readSchool } from './consistent-reads.js';
import { schoolEntity, schoolKey } from './keys.js';
import { schoolPuts, schoolWrites } from './school-puts.js';

export type FactsOutcome = 'created' | 'updated' | 'unchanged' | 'conflict';

export interface FactsResult {
  urn: string;
  /** `conflict`: the school kept changing under the import (every attempt stale); nothing was written for it. */
  outcome: FactsOutcome;
  /** Writes that found the school changed since it was read (re-read and reapplied). */
  staleWrites: number;
}

/** One school's change: the school it leaves (null: nothing changes) and what its history entry says. */
export interface SchoolUpdate {
  urn: string;
  decide: (existing: SchoolRecord | null) => SchoolRecord | null;
  summary: (existing: SchoolRecord | null) => string;
  /** The change events the new school states, written in the same transaction (none when absent). */
  changes?: (existing: SchoolRecord | null, next: SchoolRecord) => ChangeRecord[];
}

export interface UpdateContext extends Omit<ChangeContext, 'at'> {
  /** ISO instant of each write: history is ordered by it, so it is taken when the school is written. */
  now: () => string;
}

const MAX_ATTEMPTS = 8;

function historyOf(
  tableName: string,
  update: SchoolUpdate,
  existing: SchoolRecord | null,
  next: SchoolRecord,
  context: UpdateContext,
) {
  const { now, ...change } = context;
  return historyPut(tableName, {
    urn: update.urn,
    ...change,
    at: now(),
    recordId: update.urn,
    summary: update.summary(existing),
    changes: diffRecords(existing, next),
  });
}

async function writeOne(
  config: StoreConfig,
  update: SchoolUpdate,
  read: SchoolRecord | null,
  context: UpdateContext,
): Promise<FactsResult> {
  let staleWrites = 0;
  let existing = read;
  for (let attempt = 1; ; attempt += 1) {
    const next = update.decide(existing);
    if (!next) return { urn: update.urn, outcome: 'unchanged', staleWrites };
    try {
      await transactWrite(config.client, [
        ...schoolPuts(config.tableName, [{ before: existing, after: next }]),
        historyOf(config.tableName, update, existing, next, context),
        ...changePuts(config.tableName, update.changes?.(existing, next) ?? []),
      ]);
      return { urn: update.urn, outcome: existing ? 'updated' : 'created', staleWrites };
    } catch (error) {
      const stale = error instanceof StaleWrite;
      if (!stale && !isThrottled(error)) throw error;
      if (stale) staleWrites += 1;
      if (attempt >= MAX_ATTEMPTS) {
        if (stale) return { urn: update.urn, outcome: 'conflict', staleWrites };
        throw error;
      }
      await backoff(attempt, 1000);
      // Someone else wrote the school since it was read: decide again on what is there now.
      if (stale) existing = await readSchool(config, update.urn);
    }
  }
}

/** Applies the updates (each URN once): the unchanged cost no write, the changed go many to a transaction. */
export async function updateSchools(
  config: StoreConfig,
  updates: readonly SchoolUpdate[],
  context: UpdateContext,
  options: { concurrency?: number } = {},
): Promise<FactsResult[]> {
  if (new Set(updates.map((update) => update.urn)).size !== updates.length) {
    throw new Error('updateSchools: each URN may appear once per call');
  }
  const found = await batchGetAll(
    config.client,
    config.tableName,
    updates.map((update) => schoolKey(update.urn)),
    { consistentRead: true },
  );
  const results: (FactsResult | undefined)[] = updates.map(() => undefined);
  const changed: { index: number; existing: SchoolRecord | null; next: SchoolRecord; events: ChangeRecord[] }[] = [];
  updates.forEach((update, index) => {
    const item = lookup(found, schoolKey(update.urn));
    const existing = item ? schoolEntity.of(item) : null;
    const next = update.decide(existing);
    if (next) changed.push({ index, existing, next, events: update.changes?.(existing, next) ?? [] });
    else results[index] = { urn: update.urn, outcome: 'unchanged', staleWrites: 0 };
  });
  const landed = await writePacked(
    config,
    changed.map(({ index, existing, next, events }) => ({
      size: 1 + changeItemCount(events),
      merged: [{ before: existing, after: next }],
      items: () => [
        historyOf(config.tableName, updates[index] as SchoolUpdate, existing, next, context),
        ...changePuts(config.tableName, events),
      ],
    })),
    { ...options, merge: schoolWrites },
  );
  await pMap(
    changed,
    async ({ index, existing }, position) => {
      const update = updates[index] as SchoolUpdate;
      if (landed[position]) {
        results[index] = { urn: update.urn, outcome: existing ? 'updated' : 'created', staleWrites: 0 };
        return;
      }
      const redone = await writeOne(config, update, await readSchool(config, update.urn), context);
      results[index] = { ...redone, staleWrites: redone.staleWrites + 1 };
    },
    { concurrency: 4 },
  );
  return results as FactsResult[];
}
