// Many small version-checked writes packed into TransactWriteItems of up to 100 items: each unit still lands whole
// or not at all, and a national import costs one request per ~50 schools instead of one each. A pack cancelled by a
// stale read is retried unit by unit, so only the units that really changed underneath are reported back.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import pMap from 'p-map';
import { backoff } from './backoff.js';
import type { StoreConfig } from './store-config.js';
import { StaleWrite, type TransactItem, transactWrite } from './transact.js';

const ITEMS_PER_TRANSACTION = 100;
const MAX_ATTEMPTS = 8;

export interface PackedUnit<M = never> {
  /** Items the unit writes (its merged parts aside), known before they are built. */
  size: number;
  /** Built as the pack is sent, so a large import never holds every item at once. */
  items(): TransactItem[];
  /** Parts written one item each, with the shared items they change merged across the pack (e.g. schools). */
  merged?: readonly M[];
}

/** How merged parts are written: one item each, plus shared items (e.g. rollups) merged across the pack. */
export interface MergedWrites<M> {
  /** The shared items these parts touch, as key texts (for sizing a pack). */
  sharedKeys(parts: readonly M[]): string[];
  /** The parts' own items and the shared items' updates. */
  items(tableName: string, parts: readonly M[]): TransactItem[];
}

/** Throttling (of the table or of a transaction's partition): the same write is worth sending again. */
export const isThrottled = (error: unknown) =>
  (error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) =>
      ['ThrottlingError', 'ProvisionedThroughputExceeded'].includes(reason.Code ?? ''),
    )) ||
  (error instanceof Error && error.name === 'ThrottlingException');

/** Sends the items; false when a condition failed (stale), retrying throttled attempts with backoff. */
async function send(config: StoreConfig, items: TransactItem[]): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await transactWrite(config.client, items);
      return true;
    } catch (error) {
      if (error instanceof StaleWrite) return false;
      if (!isThrottled(error) || attempt >= MAX_ATTEMPTS) throw error;
      await backoff(attempt, 1000);
    }
  }
}

/** Writes every unit; the result says, per unit, whether it landed (false: stale, redo it from a fresh read). */
export async function writePacked<M = never>(
  config: StoreConfig,
  units: readonly PackedUnit<M>[],
  options: { concurrency?: number; onWritten?: (units: number) => void; merge?: MergedWrites<M> } = {},
): Promise<boolean[]> {
  const { merge } = options;
  const packs: number[][] = [];
  let pack: number[] = [];
  let size = 0;
  let shared = new Set<string>();
  units.forEach((unit, index) => {
    const parts = unit.merged ?? [];
    const unitShared = merge ? merge.sharedKeys(parts) : [];
    const added = unitShared.filter((key) => !shared.has(key)).length;
    if (size + unit.size + parts.length + shared.size + added > ITEMS_PER_TRANSACTION && pack.length > 0) {
      packs.push(pack);
      pack = [];
      size = 0;
      shared = new Set();
    }
    pack.push(index);
    size += unit.size + parts.length;
    for (const key of unitShared) shared.add(key);
  });
  if (pack.length > 0) packs.push(pack);

  const landed = units.map(() => true);
  const itemsOf = (members: readonly number[]) => {
    const packed = members.flatMap((index) => units[index] ?? []);
    return [
      ...packed.flatMap((unit) => unit.items()),
      ...(merge
        ? merge.items(
            config.tableName,
            packed.flatMap((unit) => unit.merged ?? []),
          )
        : []),
    ];
  };
  await pMap(
    packs,
    async (members) => {
      if (!(await send(config, itemsOf(members)))) {
        for (const index of members) landed[index] = await send(config, itemsOf([index]));
      }
      options.onWritten?.(members.length);
    },
    { concurrency: options.concurrency ?? 8 },
  );
  return landed;
}
