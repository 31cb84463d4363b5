// A transaction DynamoDB refuses part-way leaves neither the record nor a changed summary behind.
import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectionRecord } from '../../functions/core/records.js';
import { openStore } from '../../functions/store/index.js';
import { invoke } from '../support/api-events.js';
import { schoolState } from '../support/school-state.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('atomicity');
});

const change = { actor: 'test', action: 'recordInspection', at: '2026-11-23T10:00:00.000Z' };

const inspection = (id: string, summary: string): InspectionRecord => ({
  framework: 'REPORT_CARD',
  id,
  urn: '117231',
  inspectedOn: '2026-02-10',
  evaluations: [{ area: 'INCLUSION', grade: 'URGENT_IMPROVEMENT' }],
  safeguarding: 'NOT_MET',
  summary,
  provenance: 'REAL',
});

async function latest() {
  const { body } = await invoke<{
    school: { inclusionStatus: { latestInspectionOn: string | null; safeguarding: string | null } };
  }>(api.handler, '{ school(urn: "117231") { inclusionStatus { latestInspectionOn safeguarding } } }');
  return body.data!.school.inclusionStatus;
}

describe('a failed transaction leaves no half-written summary', () => {
  it('keeps the school untouched when DynamoDB rejects the inspection item (over 400 KB)', async () => {
    const before = await schoolState(api, '117231');
    const summaryBefore = await latest();
    const oversized = inspection('I-117231-20260210-big001', 'x'.repeat(420 * 1024));
    await expect(
      openStore({ client: api.table.client, tableName: api.table.tableName }).inspections.record(
        '117231',
        () => oversized,
        change,
      ),
    ).rejects.toThrow(/size/i);
    expect(await schoolState(api, '117231')).toEqual(before);
    expect(await latest()).toEqual(summaryBefore);
  });

  it('keeps the school untouched when the record already exists, and reports CONFLICT', async () => {
    const config = { client: api.table.client, tableName: api.table.tableName };
    const first = inspection('I-117231-20260210-dup001', 'first');
    await openStore(config).inspections.record('117231', () => first, change);
    const before = await schoolState(api, '117231');
    // Another day under the same id: past the same-visit rule, so it is the transaction's condition that refuses it.
    await expect(
      openStore(config).inspections.record(
        '117231',
        () => ({ ...first, inspectedOn: '2026-02-11', summary: 'second' }),
        change,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Inspection I-117231-20260210-dup001 is already recorded.' });
    expect(await schoolState(api, '117231')).toEqual(before);
    expect(await latest()).toEqual({ latestInspectionOn: '2026-02-10', safeguarding: 'NOT_MET' });
  });
});
