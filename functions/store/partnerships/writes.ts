// Partnerships: added and ended under the school's partition, with the school's active agencies (version-checked)
// and a history entry, in one transaction.
import { auditText } from '../../core/audit-text.js';
import { type ChangeContext, diffRecords } from '../../core/change.js';
import { mutationOrigin, partnershipChanges } from '../../core/change-feed.js';
import { conflict, notFound } from '../../core/errors.js';
import type { PartnershipRecord, SchoolRecord } from '../../core/records.js';
import { batchGetAll } from '../dynamo/batch-get.js';
import { readItem } from '../dynamo/read-item.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { transactWrite, withFreshReads } from '../dynamo/transact.js';
import { putNew } from '../dynamo/versioned-put.js';
import { changePuts } from '../events/index.js';
import { historyPut } from '../history/history.js';
import { agencyEntity, agencyKey } from '../reference/keys.js';
import { busy, existingSchool } from '../schools/consistent-reads.js';
import { schoolPuts } from '../schools/school-puts.js';
import { partnershipEntity, partnershipId, partnershipKey } from './keys.js';

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
          ...changePuts(
            config.tableName,
            partnershipChanges(next, partnership, agency.name, 'added', mutationOrigin(change)),
          ),
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
      const agencyItem = await readItem(config, agencyKey(target.agencyId));
      const agencyName = agencyItem ? agencyEntity.of(agencyItem).name : target.agencyId;
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
        ...changePuts(config.tableName, partnershipChanges(school, ended, agencyName, 'ended', mutationOrigin(change))),
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
