// The kept rollups (tallies, listings, England's directory) must say what reading every school would say, after the
// seed and after every kind of write that changes a school.
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../functions/store/index.js';
import { invoke } from '../support/api-events.js';
import { IQM_ELEMENT_NAMES } from '../support/iqm-elements.js';
import { expectRollupsTrue } from '../support/rollup-check.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('rollups');
});

const run = async (query: string, variables: Record<string, unknown>) => {
  const { body } = await invoke(api.handler, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
};

describe('rollups', () => {
  it('agree with the seeded schools: four councils, the Dean Trust and England', async () => {
    await expectRollupsTrue(api, [
      { localAuthority: '340' },
      { localAuthority: '211' },
      { localAuthority: '886' },
      { localAuthority: '919' },
      { trust: '2864' },
      'england',
    ]);
    const store = openStore({ client: api.table.client, tableName: api.table.tableName });
    expect((await store.tallies.of({ localAuthority: '886' })).schools).toBeGreaterThan(500);
  });

  it('follow awards, inspections, partnerships and a school moving council, trust and closing', async () => {
    const upsert = (input: Record<string, unknown>) =>
      run('mutation ($input: UpsertSchoolInput!) { upsertSchool(input: $input) { urn version } }', { input });
    // A Knowsley academy of the Dean Trust (Lord Derby Academy) gains a report card and ends its partnership.
    await run('mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', {
      input: {
        urn: '140412',
        inspectedOn: '2026-02-10',
        reportCard: {
          safeguarding: 'NOT_MET',
          evaluations: [
            'INCLUSION',
            'CURRICULUM_AND_TEACHING',
            'ACHIEVEMENT',
            'ATTENDANCE_AND_BEHAVIOUR',
            'PERSONAL_DEVELOPMENT_AND_WELLBEING',
            'LEADERSHIP_AND_GOVERNANCE',
          ].map((area) => ({ area, grade: 'NEEDS_ATTENTION' })),
        },
      },
    });
    const { school } = (await run('{ school(urn: "140412") { partnerships { agency { id } since until } } }', {})) as {
      school: { partnerships: { agency: { id: string }; since: string; until: string | null }[] };
    };
    const open = school.partnerships.find((partnership) => !partnership.until);
    expect(open).toBeDefined();
    await run('mutation ($input: EndPartnershipInput!) { endPartnership(input: $input) { until } }', {
      input: { urn: '140412', agencyId: open?.agency.id, since: open?.since, until: '2026-06-30' },
    });
    // A Kent school is renamed, moved into the Dean Trust and then to Tower Hamlets; another Kent school closes.
    const kent = (await run('{ localAuthority(code: "886") { schools(first: 2) { edges { node { urn name } } } } }', {
      first: 2,
    })) as { localAuthority: { schools: { edges: { node: { urn: string; name: string } }[] } } };
    const [moving, closing] = kent.localAuthority.schools.edges.map((edge) => edge.node);
    await run('mutation ($input: GrantAwardInput!) { grantAward(input: $input) { id } }', {
      input: {
        urn: moving?.urn,
        level: 'INCLUSIVE_SCHOOL_AWARD',
        assessedOn: '2024-01-10',
        assessor: 'A. Assessor',
        visitDays: 1,
        elements: IQM_ELEMENT_NAMES.map((element) => ({ element, finding: 'Seen.' })),
      },
    });
    await upsert({ urn: moving?.urn, name: 'Aardvark Renamed School', localAuthorityCode: '886', trustUid: '2864' });
    await expectRollupsTrue(api, [{ localAuthority: '886' }, { trust: '2864' }, { localAuthority: '340' }, 'england']);
    await upsert({ urn: moving?.urn, name: 'Aardvark Renamed School', localAuthorityCode: '211' });
    await upsert({ urn: closing?.urn, name: closing?.name, localAuthorityCode: '886', closedOn: '2026-08-31' });
    await expectRollupsTrue(api, [
      { localAuthority: '886' },
      { localAuthority: '211' },
      { trust: '2864' },
      { localAuthority: '340' },
      'england',
    ]);
  });

  it('let search find a renamed school, trust and council by the new name at once, and not by the old', async () => {
    interface Found {
      search: Record<'localAuthorities' | 'trusts' | 'schools', { edges: { node: Record<string, string> }[] }>;
    }
    const find = async (text: string) => {
      const { search } = (await run(
        `{ search(text: "${text}", first: 20) { localAuthorities { edges { node { code } } }
          trusts { edges { node { uid } } } schools { edges { node { urn } } } } }`,
        {},
      )) as unknown as Found;
      return [search.localAuthorities, search.trusts, search.schools].flatMap((found) =>
        found.edges.map((edge) => Object.values(edge.node)[0]),
      );
    };
    const matchOf = async (text: string) => {
      const { search } = (await run(
        `{ search(text: "${text}") { schools { edges { match { field value } } } } }`,
        {},
      )) as {
        search: { schools: { edges: { match: unknown }[] } };
      };
      return search.schools.edges[0]?.match;
    };
    const { school } = (await run('{ school(urn: "143630") { predecessors { name } } }', {})) as {
      school: { predecessors: { name: string }[] };
    };
    const predecessorName = school.predecessors.find((link) => /mikardo/i.test(link.name))?.name;
    // This process now holds the lists; the writes below must reach its next search all the same.
    expect(await find('mikardo')).toEqual(['143630']);
    expect(await matchOf('mikardo')).toEqual({ field: 'NAME', value: 'Ian Mikardo School' });
    expect(await find('dean trust')).toContain('2864');
    await run('mutation ($input: UpsertSchoolInput!) { upsertSchool(input: $input) { urn } }', {
      input: { urn: '143630', name: 'Quillwort Hall School', localAuthorityCode: '211' },
    });
    await run('mutation ($input: UpsertTrustInput!) { upsertTrust(input: $input) { uid } }', {
      input: { uid: '2864', groupId: 'TR00637', name: 'Quillwort Learning Trust', type: 'MULTI_ACADEMY_TRUST' },
    });
    await run('mutation ($input: UpsertLocalAuthorityInput!) { upsertLocalAuthority(input: $input) { code } }', {
      input: { code: '340', name: 'Quillwort Borough' },
    });
    expect(await find('quillwort')).toEqual(['340', '2864', '143630']);
    // Its predecessor's name is still the school's former name; its own old name is gone.
    expect(await matchOf('mikardo')).toEqual({ field: 'FORMER_NAME', value: predecessorName });
    expect(await find('dean trust')).not.toContain('2864');
    expect(await find('knowsley')).not.toContain('340');
    await expectRollupsTrue(api, [{ localAuthority: '211' }, { trust: '2864' }, 'england']);
  });

  it('give England’s summary as every council’s added up', async () => {
    const summary = 'inclusionSummary { schoolCount withStandingAward safeguardingConcerns withoutPartnerAgency }';
    const localAuthorities = ['340', '211', '886', '919'].map((code) => `la${code}: localAuthority(code: "${code}")`);
    const data = (await run(
      `{ england { ${summary} } ${localAuthorities.map((alias) => `${alias} { ${summary} }`).join(' ')} }`,
      {},
    )) as Record<string, { inclusionSummary: Record<string, number> }>;
    const summaries = ['la340', 'la211', 'la886', 'la919'].map((key) => data[key]?.inclusionSummary ?? {});
    for (const field of ['schoolCount', 'withStandingAward', 'safeguardingConcerns', 'withoutPartnerAgency']) {
      expect(data.england?.inclusionSummary[field], field).toBe(
        summaries.reduce((sum, localAuthority) => sum + (localAuthority[field] ?? 0), 0),
      );
    }
    expect(data.england?.inclusionSummary.schoolCount).toBeGreaterThan(1000);
  });
});
