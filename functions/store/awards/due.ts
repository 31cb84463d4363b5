// The job's reads. Awards due in a window come from the sparse due index, one Query per month partition;
// everything else is BatchGetItem by key. Nothing is scanned: the cost follows the awards due, not the table.

import type { AwardRecord, IsoDate, SchoolRecord } from '../../core/records.js';
import { batchGetAll, lookup } from '../dynamo/batch-get.js';
import { queryPages } from '../dynamo/query-pages.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { indexDesign } from '../dynamo/table-design.js';
import { schoolEntity, schoolKey } from '../schools/keys.js';
import { awardEntity, awardKey, awardsDueInMonth } from './keys.js';

const DUE_INDEX = indexDesign('gsi4');

/** Calendar months (YYYY-MM) from the month of `from` to the month of `to`. */
export function monthsCovering(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Open awards whose next review or reassessment falls in [from, to], as the (eventually consistent) index has them. */
export async function queryDueAwards(
  { client, tableName }: StoreConfig,
  window: { from: IsoDate; to: IsoDate },
): Promise<AwardRecord[]> {
  const index = DUE_INDEX;
  const perMonth = await Promise.all(
    monthsCovering(window.from, window.to).map(async (month) => {
      const items = await queryPages(client, {
        TableName: tableName,
        IndexName: index.indexName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
        // Sort values are `dueOn#awardId`; '#\uffff' closes the last day.
        ExpressionAttributeValues: {
          ':pk': awardsDueInMonth(month),
          ':from': window.from,
          ':to': `${window.to}#\uffff`,
        },
      });
      const awards = items.map((item) => awardEntity.of(item));
      return awards;
    }),
  );
  return perMonth.flat();
}

export interface DueState {
  awards: Map<string, AwardRecord>;
  schools: Map<string, SchoolRecord>;
}

/** The awards and their schools as they are now (strongly consistent), in one batch read per 100 keys. */
export async function readDueState(config: StoreConfig, awards: readonly AwardRecord[]): Promise<DueState> {
  const awardKeys = awards.map((award) => awardKey(award.urn, award.id));
  const schoolKeys = [...new Set(awards.map((award) => award.urn))].map((urn) => schoolKey(urn));
  const found = await batchGetAll(config.client, config.tableName, [...awardKeys, ...schoolKeys], {
    consistentRead: true,
  });
  const state: DueState = { awards: new Map(), schools: new Map() };
  for (const award of awards) {
    const item = lookup(found, awardKey(award.urn, award.id));
    if (item) state.awards.set(award.id, awardEntity.of(item));
    const school = lookup(found, schoolKey(award.urn));
    if (school) state.schools.set(award.urn, schoolEntity.of(school));
  }
  return state;
}
