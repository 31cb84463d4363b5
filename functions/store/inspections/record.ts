// Recording an inspection: the inspection, its school's and successors' summaries (version-checked) and a history
// entry, in one transaction.
import { auditText } from '../../core/audit-text.js';
import { type ChangeContext, diffRecords } from '../../core/change.js';
import { inspectionChanges, mutationOrigin } from '../../core/change-feed.js';
import { conflict, DUPLICATE_INSPECTION } from '../../core/errors.js';
import { describeInspectionKind, isSameInspection } from '../../core/inspection-identity.js';
import type { InspectionRecord, SchoolRecord, SchoolSummary } from '../../core/records.js';
import { withInspection } from '../../core/school-summary.js';
import { batchGetAll } from '../dynamo/batch-get.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { transactWrite, withFreshReads } from '../dynamo/transact.js';
import { putNew } from '../dynamo/versioned-put.js';
import { changePuts } from '../events/writes.js';
import { historyPut } from '../history/history.js';
import { busy, existingSchool, readSchools } from '../schools/consistent-reads.js';
import { linkedGenerations } from '../schools/lineage.js';
import { recordIdPrefix } from '../schools/record-ids.js';
import { schoolPuts } from '../schools/school-puts.js';
import { inspectionEntity, inspectionKey } from './keys.js';

/**
 * Records an inspection. The school's summary, and the summaries of its successors (history follows a
 * conversion), take it when it is their newest; all in one transaction, each school version-checked.
 */
export async function recordInspection(
  config: StoreConfig,
  urn: string,
  decide: (school: SchoolRecord) => InspectionRecord,
  change: ChangeContext,
): Promise<InspectionRecord> {
  return withFreshReads(
    async () => {
      const school = await existingSchool(config, urn);
      const inspection = decide(school);
      await refuseDuplicateInspection(config, school, inspection);
      // The schools that replaced this one, across generations (a conversion, then a merger).
      const successors = await linkedGenerations(
        [school],
        (member) => member.successors,
        (urns) => readSchools(config, urns),
      );
      const summarised = (member: SchoolRecord): SchoolSummary =>
        withInspection(member.summary, inspection) ?? member.summary;
      const next: SchoolRecord = {
        ...school,
        inspectionIds: [inspection.id, ...school.inspectionIds].sort().reverse(),
        summary: summarised(school),
        version: school.version + 1,
      };
      const successorChanges = successors
        .filter((successor) => withInspection(successor.summary, inspection) !== null)
        .map((successor) => ({
          before: successor,
          after: { ...successor, summary: summarised(successor), version: successor.version + 1 },
        }));
      const schoolChanges = [{ before: school, after: next }, ...successorChanges];
      const events = schoolChanges.flatMap(({ before, after }) =>
        inspectionChanges(after, before.summary, after.summary, mutationOrigin(change)),
      );
      await transactWrite(
        config.client,
        [
          putNew(config.tableName, inspectionEntity.item(inspection)),
          ...schoolPuts(config.tableName, schoolChanges),
          historyPut(config.tableName, {
            urn,
            ...change,
            recordId: inspection.id,
            summary: auditText.inspectionRecorded(inspection),
            changes: diffRecords(null, inspection),
          }),
          ...changePuts(config.tableName, events),
        ],
        () => conflict(`Inspection ${inspection.id} is already recorded.`),
      );
      return inspection;
    },
    () => busy(`School ${urn}`),
  );
}

/** One inspection per URN, date and type: a second copy would count twice in every summary. */
async function refuseDuplicateInspection(
  config: StoreConfig,
  school: SchoolRecord,
  inspection: InspectionRecord,
): Promise<void> {
  const prefix = recordIdPrefix('I', school.urn, inspection.inspectedOn);
  const sameDay = school.inspectionIds.filter((id) => id.startsWith(prefix));
  if (sameDay.length === 0) return;
  const found = await batchGetAll(
    config.client,
    config.tableName,
    sameDay.map((id) => inspectionKey(school.urn, id)),
    { consistentRead: true },
  );
  const duplicate = [...found.values()]
    .map((item) => inspectionEntity.of(item))
    .find((existing) => isSameInspection(existing, inspection));
  if (duplicate) {
    throw conflict(
      `School ${school.urn} already has this ${describeInspectionKind(inspection)} inspection of ` +
        `${inspection.inspectedOn} (${duplicate.id}).`,
      { reason: DUPLICATE_INSPECTION },
    );
  }
}
