import { beforeAll, describe, expect, it } from 'vitest';
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { invoke, invokeAs } from '../support/api-events.js';
import { schoolState } from '../support/school-state.js';
import { SCENARIO_TODAY, seededApi, type SeededApi } from '../support/seeded-api.js';
import { IQM_ELEMENT_NAMES } from '../support/iqm-elements.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('authorization');
});

const GRANT = 'mutation ($input: GrantAwardInput!) { grantAward(input: $input) { id } }';
const grantInput = {
  urn: '100890',
  level: 'INCLUSIVE_SCHOOL_AWARD',
  assessedOn: '2026-05-05',
  assessor: 'A. Assessor',
  visitDays: 1,
  elements: IQM_ELEMENT_NAMES.map((element) => ({ element })),
};

describe('roles from the verified token decide who may change what', () => {
  it('lets a trust executive read but not grant an award, and writes nothing', async () => {
    const executive = { email: 'exec@trust.example', 'custom:role': 'trust_executive', 'custom:scope': '2864' };
    const before = await schoolState(api, '100890');
    const read = await invokeAs(api.handler, executive, '{ school(urn: "100890") { name } }');
    expect(read.body.data).toEqual({ school: { name: 'Ben Jonson Primary School' } });
    const { body } = await invokeAs(api.handler, executive, GRANT, { input: grantInput });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toBe('The role trust_executive may not do this; it needs one of: admin, assessor.');
    expect(await schoolState(api, '100890')).toEqual(before);
  });

  it('lets an assessor grant an award, recorded in the history under their email', async () => {
    const assessor = { email: 'assessor@iqm.example', 'custom:role': 'assessor', 'custom:scope': 'all' };
    const { body } = await invokeAs<{ grantAward: { id: string } }>(api.handler, assessor, GRANT, { input: grantInput });
    expect(body.errors).toBeUndefined();
    const history = await invoke<{ school: { history: { edges: { node: { actor: string; recordId: string } }[] } } }>(
      api.handler,
      '{ school(urn: "100890") { history(first: 1) { edges { node { actor recordId } } } } }',
    );
    expect(history.body.data?.school.history.edges[0]?.node).toEqual({ actor: 'assessor@iqm.example', recordId: body.data?.grantAward.id });
  });

  it('refuses admin upserts to an assessor and any change to a token without a role', async () => {
    const upsert = await invokeAs(api.handler, { sub: 'abc', 'custom:role': 'assessor' }, 'mutation { upsertTrust(input: { uid: "5", name: "X", type: SINGLE_ACADEMY_TRUST }) { uid } }');
    expect(upsert.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noRole = await invokeAs(api.handler, { sub: 'abc' }, GRANT, { input: grantInput });
    expect(noRole.body.errors?.[0]?.message).toBe('A caller without a role may not do this; it needs one of: admin, assessor.');
  });

  it('refuses every change when the deployment has no unauthenticated role and no token arrives', async () => {
    const strict = createLambdaHandler({ client: api.table.client, tableName: api.table.tableName }, { today: () => SCENARIO_TODAY });
    const { body } = await invoke(strict, GRANT, { input: grantInput });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
