// Many small version-checked writes packed into TransactWriteItems of up to 100 items: each unit still lands whole
// or not at all, and a national import costs one request per ~50 schools instead of one each. A pack cancelled by a
// stale read is retried unit by unit, so only the units that really changed underneath are reported back.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import pMap from 'p-map';
import type { StoreConfig } from './beacon-store.js';
import { backoff } from './dynamo/backoff.js';
import { rollupItemKeys, schoolPuts, type SchoolChange } from './school-rollups.js';
import { StaleWrite, transactWrite, type TransactItem } from './dynamo/transact.js';

const ITEMS_PER_TRANSACTION = 100;
const MAX_ATTEMPTS = 8;

export interface PackedUnit {
  /** Items the unit writes (its schools aside), known before they are built. */
  size: number;
  /** Built as the pack is sent, so a large import never holds every item at once. */
  items(): TransactItem[];
  /** Schools the unit changes: written version-checked, with the rollups they change merged across the pack. */
  schools?: readonly SchoolChange[];
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
export async function writePacked(
  config: StoreConfig,
  units: readonly PackedUnit[],
  options: { concurrency?: number; onWritten?: (units: number) => void } = {},
): Promise<boolean[]> {
  const packs: number[][] = [];
  let pack: number[] = [];
  let size = 0;
  let rollups = new Set<string>();
  units.forEach((unit, index) => {
    const schools = unit.schools ?? [];
    const unitRollups = rollupItemKeys(schools);
    const added = unitRollups.filter((key) => !rollups.has(key)).length;
    if (size + unit.size + schools.length + rollups.size + added > ITEMS_PER_TRANSACTION && pack.length > 0) {
      packs.push(pack);
      pack = [];
      size = 0;
      rollups = new Set();
    }
    pack.push(index);
    size += unit.size + schools.length;
    for (const key of unitRollups) rollups.add(key);
  });
  if (pack.length > 0) packs.push(pack);

  const landed = units.map(() => true);
  const itemsOf = (members: readonly number[]) => {
    const packed = members.flatMap((index) => units[index] ?? []);
    return [
      ...packed.flatMap((unit) => unit.items()),
      ...schoolPuts(
        config.tableName,
        packed.flatMap((unit) => unit.schools ?? []),
      ),
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
