// Bulk inspection imports: many schools' new inspections per transaction, so a national file loads at bulk speed
// while each unit (a file row's inspections with every school summary they change) still lands whole or not at
// all, version-checked against concurrent writers.
import { auditText } from '../../core/audit-text.js';
import { type ChangeContext, diffRecords } from '../../core/change.js';
import { type ChangeOrigin, inspectionChanges } from '../../core/change-feed.js';
import type { InspectionRecord, SchoolRecord } from '../../core/records.js';
import { writePacked } from '../dynamo/packed-transactions.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import type { TransactItem } from '../dynamo/transact.js';
import { putNew } from '../dynamo/versioned-put.js';
import { changeItemCount, changePuts } from '../events/index.js';
import { historyPut } from '../history/history.js';
import { schoolWrites } from '../schools/school-puts.js';
import { inspectionEntity } from './keys.js';

/** What one unit writes: new inspections, and the schools they change as read (`before`) and as they become. */
export interface InspectionImportUnit {
  inspections: InspectionRecord[];
  schools: { before: SchoolRecord; after: SchoolRecord }[];
}

export type UnitOutcome = 'written' | 'stale';

/** The change events of a unit: what each school's summary took in (inspected, grade moved, concern, safeguarding). */
const unitChanges = (unit: InspectionImportUnit, origin: ChangeOrigin) =>
  unit.schools.flatMap(({ before, after }) => inspectionChanges(after, before.summary, after.summary, origin));

/**
 * One history entry per school the unit adds inspections to, naming each inspection it adds; and the change events,
 * in the same transaction, so a unit that does not land leaves none.
 */
function unitItems(
  tableName: string,
  unit: InspectionImportUnit,
  change: ChangeContext,
  origin: ChangeOrigin,
): TransactItem[] {
  const byOwner = new Map<string, InspectionRecord[]>();
  for (const inspection of unit.inspections)
    byOwner.set(inspection.urn, [...(byOwner.get(inspection.urn) ?? []), inspection]);
  return [
    ...unit.inspections.map((inspection) => putNew(tableName, inspectionEntity.item(inspection))),
    ...[...byOwner].map(([urn, inspections]) =>
      historyPut(tableName, {
        urn,
        ...change,
        recordId: inspections.map((inspection) => inspection.id).join(' '),
        summary: inspections.map((inspection) => auditText.inspectionRecorded(inspection)).join(' '),
        changes: inspections.flatMap((inspection) => diffRecords(null, inspection)),
      }),
    ),
    ...changePuts(tableName, unitChanges(unit, origin)),
  ];
}

/** How many items a unit writes, without building them. */
const unitSize = (unit: InspectionImportUnit, origin: ChangeOrigin) =>
  unit.inspections.length +
  new Set(unit.inspections.map((inspection) => inspection.urn)).size +
  changeItemCount(unitChanges(unit, origin));

/** Writes the units packed many to a transaction; a unit whose school changed meanwhile comes back 'stale'. */
export async function writeInspectionUnits(
  config: StoreConfig,
  units: readonly InspectionImportUnit[],
  change: ChangeContext,
  origin: ChangeOrigin,
  options: { onWritten?: (units: number) => void } = {},
): Promise<UnitOutcome[]> {
  const landed = await writePacked(
    config,
    units.map((unit) => ({
      size: unitSize(unit, origin),
      items: () => unitItems(config.tableName, unit, change, origin),
      merged: unit.schools,
    })),
    { ...options, merge: schoolWrites },
  );
  return landed.map((written) => (written ? 'written' : 'stale'));
}
