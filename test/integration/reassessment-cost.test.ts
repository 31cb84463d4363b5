// 20,000 schools, 1% with an award due in the job's window and 5% with one due later: the job's requests and
// reads follow the 200 awards due, not the 20,000 schools.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable } from '../support/local-table.js';
import { measureReassessment, type ReassessmentBench } from '../support/reassessment-measure.js';

let result: ReassessmentBench;

beforeAll(async () => {
  const table = await createTestTable('reassessment-cost');
  result = await measureReassessment({ endpoint: table.endpoint, tableName: table.tableName });
}, 120_000);

describe('the daily job over 20,000 schools', () => {
  it('works on the 200 awards due and sends their reminders', () => {
    expect(result).toMatchObject({ schools: 20_000, dueAwards: 200 });
    expect(result.remindersSent).toBeGreaterThan(100);
  });

  it('makes at most three requests per award due, plus a fixed few', () => {
    // Per award due: one school flag (a transaction) and, per reminder, its conditional put and its SENT mark.
    // Fixed: one Query per month of the window (7) and batch reads by 100 keys.
    expect(result.requests).toBeLessThanOrEqual(20 + 3 * result.dueAwards);
    expect(result.byCommand.QueryCommand).toBeLessThanOrEqual(7);
    expect(result.byCommand.ScanCommand).toBeUndefined();
  });

  it('reads items in proportion to the awards due, never the whole table', () => {
    // Due awards from the index, then each award and school again (consistent), its reminder and contact lists.
    expect(result.itemsRead).toBeLessThanOrEqual(6 * result.dueAwards);
    expect(result.itemsRead).toBeLessThan(result.schools / 10);
  });

  it('re-run on the same day only reads: no write, nothing sent', () => {
    expect(result.rerun.remindersSent).toBe(0);
    expect(Object.keys(result.rerun.byCommand).sort()).toEqual(['BatchGetItemCommand', 'QueryCommand']);
    expect(result.rerun.requests).toBeLessThanOrEqual(7 + 2 * Math.ceil((2 * result.dueAwards) / 100));
  });
});
