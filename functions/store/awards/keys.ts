// An award, under its school's partition; open ones also in the due index (gsi4) by the month they fall due.
import { nextDue } from '../../core/award-status.js';
import type { AwardRecord } from '../../core/records.js';
import { defineEntity, type ItemKey, schoolPartition } from '../dynamo/entity.js';

export const awardKey = (urn: string, id: string): ItemKey => ({ pk: schoolPartition(urn), sk: `AWARD#${id}` });
/** Open awards due in a month (gsi4), e.g. DUE#2026-12, sorted by `dueOn#awardId`. */
export const awardsDueInMonth = (yearMonth: string) => `DUE#${yearMonth}`;
export const awardEntity = defineEntity<AwardRecord>({
  name: 'Award',
  key: (record) => awardKey(record.urn, record.id),
  // Closed awards drop out of the due index: the daily job reads only what can fall due.
  listings: (record) => {
    const due = nextDue(record);
    return due
      ? { gsi4: { partition: awardsDueInMonth(due.dueOn.slice(0, 7)), sort: `${due.dueOn}#${record.id}` } }
      : {};
  },
});
