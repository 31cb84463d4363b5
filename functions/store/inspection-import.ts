// Bulk inspection imports: many schools' new inspections per transaction, so a national file loads at bulk speed
// while each unit (a file row's inspections with every school summary they change) still lands whole or not at
// all, version-checked against concurrent writers.
import pMap from 'p-map';
import { auditText } from '../core/audit-text.js';
import { diffRecords, type ChangeContext } from '../core/change.js';
import type { InspectionRecord, SchoolRecord } from '../core/records.js';
import type { StoreConfig } from './beacon-store.js';
import { batchGetAll } from './batch-get.js';
import { inspectionEntity, inspectionKey, schoolEntity } from './entities/index.js';
import { historyPut } from './history.js';
import { StaleWrite, transactWrite, type TransactItem } from './transact.js';
import { putIfVersion, putNew } from './versioned-put.js';

const ITEMS_PER_TRANSACTION = 100;

/** What one unit writes: new inspections, and the schools they change as read (`before`) and as they become. */
export interface InspectionImportUnit {
  inspections: InspectionRecord[];
  schools: { before: SchoolRecord; after: SchoolRecord }[];
}

export type UnitOutcome = 'written' | 'stale';

function unitItems(tableName: string, unit: InspectionImportUnit, change: ChangeContext): TransactItem[] {
  return [
    ...unit.inspections.map((inspection) => putNew(tableName, inspectionEntity.item(inspection))),
    ...unit.schools.map(({ before, after }) => putIfVersion(tableName, schoolEntity.item(after), before.version)),
    ...unit.inspections.map((inspection) =>
      historyPut(tableName, {
        urn: inspection.urn,
        ...change,
        recordId: inspection.id,
        summary: auditText.inspectionRecorded(inspection),
        changes: diffRecords(null, inspection),
      }),
    ),
  ];
}

/**
 * Writes the units, packed into transactions of at most 100 items. When a transaction is cancelled because a
 * school changed since it was read, its units are tried one by one, and a unit still stale is reported so the
 * caller can redo it from a fresh read.
 */
export async function writeInspectionUnits(
  config: StoreConfig,
  units: readonly InspectionImportUnit[],
  change: ChangeContext,
  options: { concurrency?: number; onWritten?: (units: number) => void } = {},
): Promise<UnitOutcome[]> {
  const packs: { index: number; items: TransactItem[] }[][] = [];
  let pack: { index: number; items: TransactItem[] }[] = [];
  let size = 0;
  units.forEach((unit, index) => {
    const items = unitItems(config.tableName, unit, change);
    if (size + items.length > ITEMS_PER_TRANSACTION && pack.length > 0) {
      packs.push(pack);
      pack = [];
      size = 0;
    }
    pack.push({ index, items });
    size += items.length;
  });
  if (pack.length > 0) packs.push(pack);

  const outcomes: UnitOutcome[] = units.map(() => 'written');
  const write = async (items: TransactItem[]) => {
    try {
      await transactWrite(config.client, items);
      return true;
    } catch (error) {
      if (error instanceof StaleWrite) return false;
      throw error;
    }
  };
  await pMap(
    packs,
    async (members) => {
      if (!(await write(members.flatMap((member) => member.items)))) {
        for (const member of members) if (!(await write(member.items))) outcomes[member.index] = 'stale';
      }
      options.onWritten?.(members.length);
    },
    { concurrency: options.concurrency ?? 4 },
  );
  return outcomes;
}

/** The inspections of these ids, by id (a school's same-day records, to tell a repeat visit from a new one). */
export async function readInspections(
  config: StoreConfig,
  ids: readonly { urn: string; id: string }[],
): Promise<InspectionRecord[]> {
  const found = await batchGetAll(
    config.client,
    config.tableName,
    ids.map(({ urn, id }) => inspectionKey(urn, id)),
    { consistentRead: true },
  );
  return [...found.values()].map((item) => inspectionEntity.of(item));
}
