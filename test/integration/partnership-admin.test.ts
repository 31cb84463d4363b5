import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_LA_CODES } from '../../local/seed/seed.js';
import { invoke } from '../support/api-events.js';
import { academiesOf } from '../support/national-files.js';
import { schoolState } from '../support/school-state.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('partnership-admin');
});

const mutate = (name: string, inputType: string, fields: string, input: Record<string, unknown>) =>
  invoke<Record<string, Record<string, unknown>>>(
    api.handler,
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`,
    { input },
  );

describe('partnerships', () => {
  it('adds a CAMHS partnership, lists it on the agency, then ends it', async () => {
    const agency = await mutate(
      'upsertPartnerAgency',
      'UpsertPartnerAgencyInput',
      'id name kind localAuthority { code }',
      {
        id: 'tower-hamlets-camhs',
        name: 'Tower Hamlets CAMHS',
        kind: 'CAMHS',
        localAuthorityCode: '211',
      },
    );
    expect(agency.body.data?.upsertPartnerAgency).toEqual({
      id: 'tower-hamlets-camhs',
      name: 'Tower Hamlets CAMHS',
      kind: 'CAMHS',
      localAuthority: { code: '211' },
    });

    const added = await mutate(
      'addPartnership',
      'AddPartnershipInput',
      'since isActive councilQualityAssured agency { name } school { name }',
      {
        urn: '143630',
        agencyId: 'tower-hamlets-camhs',
        since: '2024-09-01',
        focus: 'Emotional wellbeing',
        councilQualityAssured: false,
      },
    );
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data?.addPartnership).toEqual({
      since: '2024-09-01',
      isActive: true,
      councilQualityAssured: false,
      agency: { name: 'Tower Hamlets CAMHS' },
      school: { name: 'Ian Mikardo School' },
    });

    const listed = await invoke<{
      partnerAgency: { schools: { totalCount: number; edges: { node: { urn: string } }[] } };
    }>(api.handler, '{ partnerAgency(id: "tower-hamlets-camhs") { schools { totalCount edges { node { urn } } } } }');
    expect(listed.body.data?.partnerAgency.schools.edges.map((edge) => edge.node.urn)).toEqual(['143630']);

    const duplicate = await mutate('addPartnership', 'AddPartnershipInput', 'since', {
      urn: '143630',
      agencyId: 'tower-hamlets-camhs',
      since: '2024-09-01',
      councilQualityAssured: false,
    });
    expect(duplicate.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const ended = await mutate('endPartnership', 'EndPartnershipInput', 'until isActive', {
      urn: '143630',
      agencyId: 'tower-hamlets-camhs',
      since: '2024-09-01',
      until: '2025-07-31',
    });
    expect(ended.body.data?.endPartnership).toEqual({ until: '2025-07-31', isActive: false });
    const again = await mutate('endPartnership', 'EndPartnershipInput', 'until', {
      urn: '143630',
      agencyId: 'tower-hamlets-camhs',
      since: '2024-09-01',
      until: '2025-08-31',
    });
    expect(again.body.errors?.[0]?.message).toBe('This partnership already ended on 2025-07-31.');
  });

  it('answers NOT_FOUND for an unknown agency or partnership, and writes nothing', async () => {
    const before = await schoolState(api, '143630');
    const unknownAgency = await mutate('addPartnership', 'AddPartnershipInput', 'since', {
      urn: '143630',
      agencyId: 'no-such-agency',
      since: '2024-09-01',
      councilQualityAssured: true,
    });
    expect(unknownAgency.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(unknownAgency.body.errors?.[0]?.message).toMatch(/create it with upsertPartnerAgency first/);
    const unknownPartnership = await mutate('endPartnership', 'EndPartnershipInput', 'until', {
      urn: '143630',
      agencyId: 'knowsley-send',
      since: '2020-01-01',
      until: '2021-01-01',
    });
    expect(unknownPartnership.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await schoolState(api, '143630')).toEqual(before);
  });

  it('rejects a partnership starting, or ending, in the future, and an invalid agency id', async () => {
    const future = await mutate('addPartnership', 'AddPartnershipInput', 'since', {
      urn: '143630',
      agencyId: 'knowsley-send',
      since: '2030-01-01',
      councilQualityAssured: true,
    });
    expect(future.body.errors?.[0]?.message).toMatch(/since: must not be in the future/);
    const endsLater = await mutate('endPartnership', 'EndPartnershipInput', 'until', {
      urn: '140412',
      agencyId: 'knowsley-send',
      since: '2023-09-01',
      until: '2027-01-01',
    });
    expect(endsLater.body.errors?.[0]?.message).toMatch(/until: must not be in the future/);
    const badId = await mutate('upsertPartnerAgency', 'UpsertPartnerAgencyInput', 'id', {
      id: 'Knowsley SEND!',
      name: 'x',
      kind: 'OTHER',
    });
    expect(badId.body.errors?.[0]?.message).toMatch(/lower-case letters, digits and hyphens/);
  });
});

describe('admin upserts', () => {
  it('creates a school, updates it with the version read, and refuses a stale version', async () => {
    const created = await mutate(
      'upsertSchool',
      'UpsertSchoolInput',
      'urn name version isOpen localAuthority { name } trust { uid }',
      {
        urn: '990001',
        name: 'Beacon Test Primary',
        localAuthorityCode: '340',
        trustUid: '2864',
        postcode: 'l36 6dg',
        type: 'Academy converter',
      },
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.upsertSchool).toEqual({
      urn: '990001',
      name: 'Beacon Test Primary',
      version: 1,
      isOpen: true,
      localAuthority: { name: 'Knowsley' },
      trust: { uid: '2864' },
    });

    const updated = await mutate('upsertSchool', 'UpsertSchoolInput', 'name version postcode', {
      urn: '990001',
      name: 'Beacon Test Primary Academy',
      localAuthorityCode: '340',
      trustUid: '2864',
      postcode: 'L36 6DG',
      expectedVersion: 1,
    });
    expect(updated.body.data?.upsertSchool).toEqual({
      name: 'Beacon Test Primary Academy',
      version: 2,
      postcode: 'L36 6DG',
    });

    const stale = await mutate('upsertSchool', 'UpsertSchoolInput', 'version', {
      urn: '990001',
      name: 'Stale',
      localAuthorityCode: '340',
      expectedVersion: 1,
    });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const trustSchools = await invoke<{ trust: { schools: { edges: { node: { urn: string } }[] } } }>(
      api.handler,
      '{ trust(uid: "2864") { schools { edges { node { urn } } } } }',
    );
    expect(trustSchools.body.data?.trust.schools.edges.map((edge) => edge.node.urn).sort()).toEqual(
      [...academiesOf('2864', SCENARIO_LA_CODES).urns, '990001'].sort(),
    );

    const history = await invoke<{
      school: {
        history: {
          edges: {
            node: { action: string; changes: { field: string; before: string | null; after: string | null }[] };
          }[];
        };
      };
    }>(
      api.handler,
      '{ school(urn: "990001") { history { edges { node { action changes { field before after } } } } } }',
    );
    const [latest, first] = history.body.data!.school.history.edges.map((edge) => edge.node);
    expect(latest?.changes).toContainEqual({
      field: 'name',
      before: 'Beacon Test Primary',
      after: 'Beacon Test Primary Academy',
    });
    expect(first?.action).toBe('upsertSchool');
  });

  it('refuses a school in an unknown council or trust, and a bad postcode', async () => {
    const unknownLa = await mutate('upsertSchool', 'UpsertSchoolInput', 'urn', {
      urn: '990002',
      name: 'X',
      localAuthorityCode: '999',
    });
    expect(unknownLa.body.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'No local authority with code 999; add it with upsertLocalAuthority first.',
    });
    const unknownTrust = await mutate('upsertSchool', 'UpsertSchoolInput', 'urn', {
      urn: '990002',
      name: 'X',
      localAuthorityCode: '340',
      trustUid: '1',
    });
    expect(unknownTrust.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badPostcode = await mutate('upsertSchool', 'UpsertSchoolInput', 'urn', {
      urn: '990002',
      name: 'X',
      localAuthorityCode: '340',
      postcode: 'NOT A POSTCODE',
    });
    expect(badPostcode.body.errors?.[0]?.message).toMatch(/postcode: must be a UK postcode/);
    const read = await invoke(api.handler, '{ school(urn: "990002") { name } }');
    expect(read.body.data).toEqual({ school: null });
  });

  it('upserts a trust and a council', async () => {
    const trust = await mutate('upsertTrust', 'UpsertTrustInput', 'uid name type', {
      uid: '17000',
      name: 'New Trust',
      type: 'MULTI_ACADEMY_TRUST',
    });
    expect(trust.body.data?.upsertTrust).toEqual({ uid: '17000', name: 'New Trust', type: 'MULTI_ACADEMY_TRUST' });
    const localAuthority = await mutate('upsertLocalAuthority', 'UpsertLocalAuthorityInput', 'code name onsCode', {
      code: '999',
      name: 'Testshire',
      onsCode: 'E10000999',
    });
    expect(localAuthority.body.data?.upsertLocalAuthority).toEqual({
      code: '999',
      name: 'Testshire',
      onsCode: 'E10000999',
    });
    const badOns = await mutate('upsertLocalAuthority', 'UpsertLocalAuthorityInput', 'code', {
      code: '998',
      name: 'X',
      onsCode: 'nope',
    });
    expect(badOns.body.errors?.[0]?.message).toMatch(/must be an ONS code/);
  });
});

describe('school history', () => {
  it('pages the seeded scenario’s audit trail newest first', async () => {
    const first = await invoke<{
      school: {
        history: {
          edges: { cursor: string; node: { action: string; actor: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    }>(
      api.handler,
      '{ school(urn: "140412") { history(first: 2) { edges { cursor node { action actor } } pageInfo { hasNextPage ' +
        'endCursor } } } }',
    );
    const page = first.body.data!.school.history;
    expect(page.edges.map((edge) => edge.node)).toEqual([
      { action: 'addPartnership', actor: 'beacon-seed' },
      { action: 'recordAnnualReview', actor: 'beacon-seed' },
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await invoke<{
      school: { history: { edges: { node: { action: string } }[]; pageInfo: { hasNextPage: boolean } } };
    }>(
      api.handler,
      `{ school(urn: "140412") { history(first: 10, after: "${page.pageInfo.endCursor}") { edges { node { action } ` +
        `} pageInfo { hasNextPage } } } }`,
    );
    expect(next.body.data!.school.history.edges.map((edge) => edge.node.action)).toEqual([
      'recordAnnualReview',
      'grantAward',
    ]);
    expect(next.body.data!.school.history.pageInfo.hasNextPage).toBe(false);
  });
});
