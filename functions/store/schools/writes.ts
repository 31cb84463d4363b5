// Writes under a school's partition. Each is one transaction: the record, the school (its lists and summary,
// version-checked) and a history entry, so a failure part-way leaves nothing half-written.
import {
  agencyEntity,
  agencyKey,
  inspectionEntity,
  inspectionKey,
  partnershipEntity,
  partnershipId,
  partnershipKey,
  recordIdPrefix,
} from '../entities/index.js';
import { auditText } from '../../core/audit-text.js';
import { diffRecords, type ChangeContext } from '../../core/change.js';
import { checkExpectedVersion } from '../../core/versioning.js';
import { conflict, DUPLICATE_INSPECTION, notFound } from '../../core/errors.js';
import type { InspectionRecord, PartnershipRecord, SchoolRecord, SchoolSummary } from '../../core/records.js';
import { describeInspectionKind, isSameInspection } from '../../core/inspection-identity.js';
import { withInspection } from '../../core/school-summary.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { batchGetAll } from '../dynamo/batch-get.js';
import { readItem } from '../dynamo/read-item.js';
import { readSchool, readSchools } from './consistent-reads.js';
import { historyPut } from '../history/history.js';
import { linkedGenerations } from './lineage.js';
import { schoolPuts } from '../rollups/school-rollups.js';
import { transactWrite, withFreshReads } from '../dynamo/transact.js';
import { putNew } from '../dynamo/versioned-put.js';

const busy = (what: string) => conflict(`${what} is being changed by someone else right now; please try again.`);

async function existingSchool(config: StoreConfig, urn: string): Promise<SchoolRecord> {
  const school = await readSchool(config, urn);
  if (!school) throw notFound(`No school with URN ${urn} is held by Beacon.`);
  return school;
}

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
      await transactWrite(
        config.client,
        [
          putNew(config.tableName, inspectionEntity.item(inspection)),
          ...schoolPuts(config.tableName, [{ before: school, after: next }, ...successorChanges]),
          historyPut(config.tableName, {
            urn,
            ...change,
            recordId: inspection.id,
            summary: auditText.inspectionRecorded(inspection),
            changes: diffRecords(null, inspection),
          }),
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

export async function addPartnership(
  config: StoreConfig,
  partnership: PartnershipRecord,
  change: ChangeContext,
): Promise<PartnershipRecord> {
  const agencyItem = await readItem(config, agencyKey(partnership.agencyId));
  const agency = agencyItem ? agencyEntity.of(agencyItem) : null;
  if (!agency)
    throw notFound(`No partner agency with id "${partnership.agencyId}"; create it with upsertPartnerAgency first.`);
  const id = partnershipId(partnership.agencyId, partnership.since);
  return withFreshReads(
    async () => {
      const school = await existingSchool(config, partnership.urn);
      if (school.partnershipIds.includes(id)) {
        throw conflict(
          `School ${school.urn} already has a partnership with ${partnership.agencyId} since ${partnership.since}.`,
        );
      }
      const active = new Set(school.summary.activePartnerAgencyIds ?? []);
      if (!partnership.until) active.add(partnership.agencyId);
      const next: SchoolRecord = {
        ...school,
        partnershipIds: [id, ...school.partnershipIds],
        summary: { ...school.summary, activePartnerAgencyIds: [...active].sort() },
        version: school.version + 1,
      };
      await transactWrite(
        config.client,
        [
          putNew(config.tableName, partnershipEntity.item(partnership)),
          ...schoolPuts(config.tableName, [{ before: school, after: next }]),
          historyPut(config.tableName, {
            urn: school.urn,
            ...change,
            recordId: id,
            summary: auditText.partnershipAdded(agency.name, partnership.since),
            changes: diffRecords(null, partnership),
          }),
        ],
        () =>
          conflict(
            `School ${school.urn} already has a partnership with ${partnership.agencyId} since ${partnership.since}.`,
          ),
      );
      return partnership;
    },
    () => busy(`School ${partnership.urn}`),
  );
}

export async function endPartnership(
  config: StoreConfig,
  target: { urn: string; agencyId: string; since: string },
  decide: (partnership: PartnershipRecord) => PartnershipRecord,
  change: ChangeContext,
): Promise<PartnershipRecord> {
  const id = partnershipId(target.agencyId, target.since);
  return withFreshReads(
    async () => {
      const school = await existingSchool(config, target.urn);
      const currentItem = await readItem(config, partnershipKey(target.urn, id));
      const current = currentItem ? partnershipEntity.of(currentItem) : null;
      if (!current)
        throw notFound(`School ${target.urn} has no partnership with ${target.agencyId} since ${target.since}.`);
      const ended = decide(current);
      const stillActive = await stillActiveAgencies(config, school, id);
      await transactWrite(config.client, [
        {
          Put: {
            TableName: config.tableName,
            Item: partnershipEntity.item(ended),
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#until)',
            ExpressionAttributeNames: { '#until': 'until' },
          },
        },
        ...schoolPuts(config.tableName, [
          {
            before: school,
            after: {
              ...school,
              summary: { ...school.summary, activePartnerAgencyIds: stillActive },
              version: school.version + 1,
            },
          },
        ]),
        historyPut(config.tableName, {
          urn: target.urn,
          ...change,
          recordId: id,
          summary: auditText.partnershipEnded(target.agencyId, ended.until ?? ''),
          changes: diffRecords(current, ended),
        }),
      ]);
      return ended;
    },
    () => busy(`School ${target.urn}`),
  );
}

/** Agencies still active once partnership `endingId` ends (another open partnership may keep an agency). */
async function stillActiveAgencies(config: StoreConfig, school: SchoolRecord, endingId: string): Promise<string[]> {
  const others = school.partnershipIds.filter((id) => id !== endingId);
  const found = await batchGetAll(
    config.client,
    config.tableName,
    others.map((id) => partnershipKey(school.urn, id)),
    { consistentRead: true },
  );
  const active = new Set<string>();
  for (const item of found.values()) {
    const partnership = partnershipEntity.of(item);
    if (!partnership.until) active.add(partnership.agencyId);
  }
  return [...active].sort();
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
      ]);
      return next;
    },
    () => busy(`School ${urn}`),
  );
}
