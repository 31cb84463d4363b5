import pMap from 'p-map';
import { auditText } from '../../core/audit-text.js';
import { type ChangeContext, diffRecords } from '../../core/change.js';
import { type ChangeOrigin, type ChangeRecord, schoolFactChanges, type TrustNames } from '../../core/change-feed.js';
import { compact } from '../../core/compact.js';
import type { SchoolRecord } from '../../core/records.js';
import { newSchoolRecord } from '../../core/school-record.js';
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

/** The fields GIAS owns. Everything else on a school (records, summary, links, provenance) is Beacon's. */
export const SCHOOL_FACT_FIELDS = [
  'name',
  'laCode',
  'trustUid',
  'trustJoinedOn',
  'phase',
  'type',
  'administrativeDistrict',
  'town',
  'postcode',
  'openedOn',
  'closedOn',
] as const;

export type SchoolFactField = (typeof SCHOOL_FACT_FIELDS)[number];
export type SchoolFacts = Pick<SchoolRecord, SchoolFactField>;

export interface SchoolFactsUpdate {
  urn: string;
  /** The facts as the source states them: an absent optional fact is "not recorded" and clears a stored one. */
  facts: SchoolFacts;
  /** Facts the source does not carry at all (e.g. an extract without a Trusts column): stored values stay. */
  keep?: readonly SchoolFactField[];
  /** GIAS's links for the school, when the source is the links file: they replace the stored ones. */
  links?: Pick<SchoolRecord, 'predecessors' | 'successors'>;
}

export interface FactsImportContext extends Omit<ChangeContext, 'at'> {
  /**
   * Where the facts come from, e.g. "GIAS file edubasealldata20250422.csv": new schools' `source` and history
   * summaries.
   */
  source: string;
  /** ISO instant of each write: history is ordered by it, so it is taken when the school is written. */
  now: () => string;
  /** Where the change events the facts state come from (the import kind, file and as-at). */
  origin: ChangeOrigin;
  /** Trusts' names for join and leave events, where the import knows them. */
  trustNames?: TrustNames;
}

/** The change events a school's new facts state (opened, closed, joined or left a trust, converted). */
const factChanges = (existing: SchoolRecord | null, next: SchoolRecord, context: FactsImportContext): ChangeRecord[] =>
  schoolFactChanges(existing, next, context.origin, context.trustNames);

export type FactsOutcome = 'created' | 'updated' | 'unchanged' | 'conflict';

export interface FactsResult {
  urn: string;
  /** `conflict`: the school kept changing under the import (every attempt stale); nothing was written for it. */
  outcome: FactsOutcome;
  /** Writes that found the school changed since it was read (re-read and reapplied). */
  staleWrites: number;
}

/**
 * The school with the update's facts, or null when they change nothing. Records, summary, links and provenance
 * are taken from the stored school whatever the update holds; the version moves only with a change.
 */
export function applySchoolFacts(
  existing: SchoolRecord | null,
  update: SchoolFactsUpdate,
  source: string,
): SchoolRecord | null {
  const facts: Partial<Record<SchoolFactField, string>> = {};
  for (const field of SCHOOL_FACT_FIELDS) {
    facts[field] = existing && update.keep?.includes(field) ? existing[field] : update.facts[field];
  }
  // A joined date belongs to one membership: a school that moves trust keeps no date from the old one.
  if (existing && facts.trustUid !== existing.trustUid && update.keep?.includes('trustJoinedOn')) {
    facts.trustJoinedOn = undefined;
  }
  const { name, laCode } = update.facts;
  if (!existing) return newSchoolRecord(compact({ ...facts, ...update.links, urn: update.urn, name, laCode, source }));
  const next = compact({ ...existing, ...facts, ...update.links, version: existing.version + 1 });
  return diffRecords(existing, next).length === 0 ? null : next;
}

const MAX_ATTEMPTS = 8;

async function writeOne(
  config: StoreConfig,
  update: SchoolFactsUpdate,
  read: SchoolRecord | null,
  context: FactsImportContext,
): Promise<FactsResult> {
  const { source, now, origin: _origin, trustNames: _names, ...change } = context;
  let staleWrites = 0;
  let existing = read;
  for (let attempt = 1; ; attempt += 1) {
    const next = applySchoolFacts(existing, update, source);
    if (!next) return { urn: update.urn, outcome: 'unchanged', staleWrites };
    try {
      await transactWrite(config.client, [
        ...schoolPuts(config.tableName, [{ before: existing, after: next }]),
        historyPut(config.tableName, {
          urn: update.urn,
          ...change,
          at: now(),
          recordId: update.urn,
          summary: auditText.schoolImported(existing !== null, source),
          changes: diffRecords(existing, next),
        }),
        ...changePuts(config.tableName, factChanges(existing, next, context)),
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
      // Someone else wrote the school since it was read: apply the facts to what is there now.
      if (stale) existing = await readSchool(config, update.urn);
    }
  }
}

/**
 * Applies the facts of many schools: strongly consistent BatchGetItems (retried until every key is answered), then
 * the changed schools packed many to a transaction (school and history entry each, version-checked); a school that
 * changed since it was read is re-read and redone alone.
 */
export async function importSchoolFacts(
  config: StoreConfig,
  updates: readonly SchoolFactsUpdate[],
  context: FactsImportContext,
  options: { concurrency?: number } = {},
): Promise<FactsResult[]> {
  if (new Set(updates.map((update) => update.urn)).size !== updates.length) {
    throw new Error('importSchoolFacts: each URN may appear once per call');
  }
  const found = await batchGetAll(
    config.client,
    config.tableName,
    updates.map((update) => schoolKey(update.urn)),
    { consistentRead: true },
  );
  const { source, now, origin: _origin, trustNames: _names, ...change } = context;
  const results: (FactsResult | undefined)[] = updates.map(() => undefined);
  const changed: { index: number; existing: SchoolRecord | null; next: SchoolRecord; events: ChangeRecord[] }[] = [];
  updates.forEach((update, index) => {
    const item = lookup(found, schoolKey(update.urn));
    const existing = item ? schoolEntity.of(item) : null;
    const next = applySchoolFacts(existing, update, source);
    if (next) changed.push({ index, existing, next, events: factChanges(existing, next, context) });
    else results[index] = { urn: update.urn, outcome: 'unchanged', staleWrites: 0 };
  });
  // Changed schools many to a transaction, each version-checked; one that changed meanwhile is redone alone.
  const landed = await writePacked(
    config,
    changed.map(({ existing, next, events }) => ({
      size: 1 + changeItemCount(events),
      merged: [{ before: existing, after: next }],
      items: () => [
        historyPut(config.tableName, {
          urn: next.urn,
          ...change,
          at: now(),
          recordId: next.urn,
          summary: auditText.schoolImported(existing !== null, source),
          changes: diffRecords(existing, next),
        }),
        ...changePuts(config.tableName, events),
      ],
    })),
    { ...options, merge: schoolWrites },
  );
  await pMap(
    changed,
    async ({ index, existing }, position) => {
      const update = updates[index] as SchoolFactsUpdate;
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
