// Awards out of order: a back-dated or lower award beside a standing Centre of Excellence, granted by the mutation
// or by the iqm-awards import, is recorded as superseded; the summary and rollups follow, and no reminder chases it.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { importIqmAwards } from '../../functions/importer/import-iqm-awards.js';
import { outboxSender } from '../../functions/notify/outbox-sender.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import { invoke } from '../support/api-events.js';
import { IQM_ELEMENT_NAMES } from '../support/iqm-elements.js';
import { expectRollupsTrue } from '../support/rollup-check.js';
import { SCENARIO_TODAY, type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
// Knowsley schools the scenario leaves alone: found through the API, not chosen by hand.
let free: string[];
const heldBack: string[] = [];

beforeAll(async () => {
  api = await seededApi('award-supersession');
  const { body } = await invoke<{ localAuthority: { schools: { edges: { node: { urn: string } }[] } } }>(
    api.handler,
    '{ localAuthority(code: "340") { schools(first: 10) { edges { node { urn } } } } }',
  );
  free = body.data!.localAuthority.schools.edges.map((edge) => edge.node.urn).filter((urn) => urn !== '140412');
}, 120_000);

type Award = { id: string; level: string; status: string; supersededOn: string | null };
const AWARD = 'id level status supersededOn';

const grant = async (urn: string, level: string, assessedOn: string): Promise<Award> => {
  const { body } = await invoke<{ grantAward: Award }>(
    api.handler,
    `mutation ($input: GrantAwardInput!) { grantAward(input: $input) { ${AWARD} } }`,
    {
      input: {
        urn,
        level,
        assessedOn,
        assessor: 'A. Assessor',
        visitDays: 1,
        elements: IQM_ELEMENT_NAMES.map((element) => ({ element })),
      },
    },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.grantAward;
};

async function schoolAwards(urn: string) {
  const { body } = await invoke<{
    school: { awards: Award[]; currentAward: { id: string } | null; inclusionStatus: { awardLevel: string } };
  }>(
    api.handler,
    `{ school(urn: "${urn}") { awards { ${AWARD} } currentAward { id } inclusionStatus { awardLevel } } }`,
  );
  return body.data!.school;
}

describe('grantAward beside a standing Centre of Excellence', () => {
  it('records a back-dated Inclusive School Award as superseded from the Centre of Excellence’s date', async () => {
    const urn = free[0]!;
    const centre = await grant(urn, 'CENTRE_OF_EXCELLENCE', '2025-12-20');
    const isa = await grant(urn, 'INCLUSIVE_SCHOOL_AWARD', '2023-12-01');
    heldBack.push(isa.id);
    expect(isa).toMatchObject({ status: 'SUPERSEDED', supersededOn: '2025-12-20' });
    const school = await schoolAwards(urn);
    expect(school.currentAward).toEqual({ id: centre.id });
    expect(school.inclusionStatus.awardLevel).toBe('CENTRE_OF_EXCELLENCE');
    expect(school.awards.map((award) => [award.level, award.status])).toEqual([
      ['CENTRE_OF_EXCELLENCE', 'DUE_SOON'],
      ['INCLUSIVE_SCHOOL_AWARD', 'SUPERSEDED'],
    ]);
    await expectRollupsTrue(api, [{ localAuthority: '340' }, 'england']);
  });

  it('records a lower award granted while the Centre of Excellence stands as superseded on its own day', async () => {
    const urn = free[0]!;
    const isa = await grant(urn, 'INCLUSIVE_SCHOOL_AWARD', '2026-02-01');
    heldBack.push(isa.id);
    expect(isa).toMatchObject({ status: 'SUPERSEDED', supersededOn: '2026-02-01' });
    expect((await schoolAwards(urn)).inclusionStatus.awardLevel).toBe('CENTRE_OF_EXCELLENCE');
  });
});

describe('the iqm-awards import beside a standing Centre of Excellence', () => {
  it('records the register’s back-dated Inclusive School Award as superseded, by the same rule', async () => {
    const urn = free[1]!;
    const centre = await grant(urn, 'CENTRE_OF_EXCELLENCE', '2025-12-20');
    const [header = ''] = readFileSync('data/templates/iqm-awards.csv', 'utf8').split('\n');
    const file = [header, `${urn},Inclusive School Award,2023-12-01,,A. Assessor,1,,REAL,Council register`];
    const store = { client: api.table.client, tableName: api.table.tableName };
    const report = await importIqmAwards(
      store,
      Readable.from([Buffer.from(`${file.join('\r\n')}\r\n`)]),
      'awards.csv',
      () => new Date(`${SCENARIO_TODAY}T09:00:00Z`),
    );
    expect(report).toMatchObject({ rows: 1, added: 1, rejected: [] });
    const school = await schoolAwards(urn);
    const imported = school.awards.find((award) => award.level === 'INCLUSIVE_SCHOOL_AWARD')!;
    heldBack.push(imported.id);
    expect(imported).toMatchObject({ status: 'SUPERSEDED', supersededOn: '2025-12-20' });
    expect(school.currentAward).toEqual({ id: centre.id });
    await expectRollupsTrue(api, [{ localAuthority: '340' }, 'england']);
  });
});

describe('the reminder job', () => {
  it('plans no reminder for a superseded back-dated award, only for the Centre of Excellence beside it', async () => {
    expect(heldBack).toHaveLength(3);
    const store = { client: api.table.client, tableName: api.table.tableName };
    const report = await runReassessment(
      { store, senders: [outboxSender({ store, print: () => undefined })] },
      { today: SCENARIO_TODAY, dryRun: true },
    );
    const planned = report.wouldSend.map((message) => message.reminder.id);
    for (const awardId of heldBack) expect(planned.filter((id) => id.startsWith(awardId))).toEqual([]);
    const centres = report.wouldSend.filter((message) => free.slice(0, 2).includes(message.reminder.urn));
    expect(centres.map((message) => message.reminder.level)).toEqual(['CENTRE_OF_EXCELLENCE', 'CENTRE_OF_EXCELLENCE']);
  });
});
