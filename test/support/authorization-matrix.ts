// The authorisation matrix's fixtures: the callers (every role in and out of Lord Derby's scope, and anonymous),
// the oracle that says who should be let through, and one request per policed operation, each prepared as an admin.
import type { AccessRule, accessPolicy } from '../../functions/core/access-policy.js';
import { invoke } from './api-events.js';
import { IQM_ELEMENT_NAMES } from './iqm-elements.js';
import type { SeededApi } from './seeded-api.js';

/** What the cases need from the running test: its API, and the id of a reminder the job made. */
export interface MatrixContext {
  api(): SeededApi;
  reminderId(): string;
}

/** Lord Derby Academy: Knowsley (340), the Dean Trust (2864). */
export const LORD_DERBY = { urn: '140412', laCode: '340', trustUid: '2864' };
/** Lord Derby's partnership with Knowsley's SEND team, an agency of Knowsley. */
const LORD_DERBY_WITH_KNOWSLEY_SEND = { ...LORD_DERBY, agencyLaCode: '340' };

export interface Caller {
  name: string;
  claims: Record<string, string> | null;
}

const role = (name: string, roleName: string, scope: string): Caller => ({
  name,
  claims: { email: `${roleName}@matrix.example`, 'custom:role': roleName, 'custom:scope': scope },
});

export const callers: Caller[] = [
  { name: 'anonymous', claims: null },
  role('admin', 'admin', 'all'),
  role('assessor for Knowsley', 'assessor', 'la:340'),
  role('assessor for Kent', 'assessor', 'la:886'),
  role('Knowsley council officer', 'council_officer', 'la:340'),
  role('Kent council officer', 'council_officer', 'la:886'),
  role('Dean Trust executive', 'trust_executive', 'trust:2864'),
  role('another trust’s executive', 'trust_executive', 'trust:3725'),
  role('Lord Derby school leader', 'school_leader', 'school:140412'),
  role('another school’s leader', 'school_leader', 'school:137883'),
];

/** The oracle, written out independently of the code under test. */
export function shouldAllow(caller: Caller, rule: AccessRule, target: Case['target']): boolean {
  const claims = caller.claims;
  if (!claims) return false;
  const roleName = claims['custom:role'] as AccessRule['roles'][number];
  if (!rule.roles.includes(roleName)) return false;
  if (roleName === 'admin' || rule.target === 'none') return true;
  const [kind, id] = (claims['custom:scope'] ?? '').split(':');
  return (
    claims['custom:scope'] === 'all' ||
    (kind === 'la' && (target.laCode === id || target.agencyLaCode === id)) ||
    (kind === 'trust' && target.trustUid === id) ||
    (kind === 'school' && target.urn === id)
  );
}

let counter = 0;
const next = () => (counter += 1);
const dayAfter = (start: string, days: number) =>
  new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
const elements = IQM_ELEMENT_NAMES.map((element) => ({ element }));
/**
 * Lord Derby holds a standing Centre of Excellence, beside which a lower award is superseded on arrival
 * (award-supersession.ts): the award a case reassesses or withdraws is a Centre of Excellence granted after every
 * award granted (and renewed) before it, so it stands.
 */
const laterThanEveryGrant = () => dayAfter('2026-01-01', 2 * next());

function adminOf(context: MatrixContext) {
  return async function asAdmin<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const { body } = await invoke<T>(context.api().handler, query, variables);
    if (body.errors) throw new Error(`setup failed: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
}

const ADD_PARTNERSHIP = 'mutation ($input: AddPartnershipInput!) { addPartnership(input: $input) { since } }';
export const ADD_CONTACT = 'mutation ($input: AddContactInput!) { addContact(input: $input) { email } }';

export interface Case {
  query: string;
  /** Run as an admin before each attempt; returns the attempt's variables. */
  prepare: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** What the request touches; a partnership also belongs to its agency's council. */
  target: { urn?: string; laCode?: string; trustUid?: string; agencyLaCode?: string };
  /** For reads: the restricted value in the answer (null when withheld). */
  value?: (data: Record<string, unknown> | null | undefined) => unknown;
}

const ACKNOWLEDGE = 'mutation ($id: ID!) { acknowledgeReminder(id: $id) { id } }';

/** The first address a list of records gives in `field` (null when every one is withheld or names a job). */
const firstAddress = (records: unknown, field: string) =>
  ((records as Record<string, unknown>[] | null | undefined) ?? []).map((record) => record[field]).find(Boolean) ??
  null;

type SchoolData = { school?: Record<string, unknown> | null };
const schoolField = (field: string) => (data: Record<string, unknown> | null | undefined) =>
  (data as SchoolData | null)?.school?.[field];
/** The withdrawal reason of the award the withdrawAward cases (run just before) closed. */
const withdrawalReason = (data: Record<string, unknown> | null | undefined) =>
  ((data as SchoolData | null)?.school?.awards as Record<string, unknown>[] | undefined)?.find(
    (award) => award.status === 'WITHDRAWN',
  )?.withdrawalReason;

export function accessCases(context: MatrixContext): Record<keyof typeof accessPolicy, Case> {
  const asAdmin = adminOf(context);
  const grant = (level: string, assessedOn: string) =>
    asAdmin<{ grantAward: { id: string } }>(
      'mutation ($input: GrantAwardInput!) { grantAward(input: $input) { id } }',
      { input: { urn: '140412', level, assessedOn, assessor: 'Setup', visitDays: 1, elements } },
    ).then((data) => data.grantAward.id);
  return {
    'Mutation.recordInspection': {
      query: 'mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }',
      prepare: () => ({
        input: {
          urn: '140412',
          inspectedOn: dayAfter('2024-01-01', next()),
          legacy: { type: 'UNGRADED', safeguarding: 'EFFECTIVE' },
        },
      }),
      target: LORD_DERBY,
    },
    'Mutation.grantAward': {
      query: 'mutation ($input: GrantAwardInput!) { grantAward(input: $input) { id } }',
      prepare: () => ({
        input: {
          urn: '140412',
          level: 'INCLUSIVE_SCHOOL_AWARD',
          assessedOn: '2026-05-05',
          assessor: 'Matrix',
          visitDays: 1,
          elements,
        },
      }),
      target: LORD_DERBY,
    },
    'Mutation.recordAnnualReview': {
      query: 'mutation ($input: RecordAnnualReviewInput!) { recordAnnualReview(input: $input) { id } }',
      prepare: async () => ({
        input: {
          awardId: await grant('CENTRE_OF_EXCELLENCE', '2025-12-01'),
          reviewedOn: '2026-11-20',
          assessor: 'Matrix',
          summary: 'Reviewed',
        },
      }),
      target: LORD_DERBY,
    },
    'Mutation.recordReassessment': {
      query: 'mutation ($input: RecordReassessmentInput!) { recordReassessment(input: $input) { id } }',
      prepare: async () => {
        const awardedOn = laterThanEveryGrant();
        return {
          input: {
            awardId: await grant('CENTRE_OF_EXCELLENCE', awardedOn),
            assessedOn: dayAfter(awardedOn, 1),
            assessor: 'Matrix',
            visitDays: 1,
            elements,
          },
        };
      },
      target: LORD_DERBY,
    },
    'Mutation.withdrawAward': {
      query: 'mutation ($input: WithdrawAwardInput!) { withdrawAward(input: $input) { id } }',
      prepare: async () => ({
        input: {
          awardId: await grant('CENTRE_OF_EXCELLENCE', laterThanEveryGrant()),
          withdrawnOn: '2026-11-20',
          reason: 'Matrix',
        },
      }),
      target: LORD_DERBY,
    },
    'Mutation.addPartnership': {
      query: ADD_PARTNERSHIP,
      prepare: () => ({
        input: {
          urn: '140412',
          agencyId: 'knowsley-send',
          since: dayAfter('2020-01-01', next()),
          councilQualityAssured: false,
        },
      }),
      target: LORD_DERBY_WITH_KNOWSLEY_SEND,
    },
    'Mutation.endPartnership': {
      query: 'mutation ($input: EndPartnershipInput!) { endPartnership(input: $input) { until } }',
      prepare: async () => {
        const since = dayAfter('2020-01-01', next());
        await asAdmin(ADD_PARTNERSHIP, {
          input: { urn: '140412', agencyId: 'knowsley-send', since, councilQualityAssured: false },
        });
        return { input: { urn: '140412', agencyId: 'knowsley-send', since, until: '2026-11-20' } };
      },
      target: LORD_DERBY_WITH_KNOWSLEY_SEND,
    },
    'Mutation.upsertSchool': {
      query: 'mutation ($input: UpsertSchoolInput!) { upsertSchool(input: $input) { urn } }',
      prepare: () => ({ input: { urn: '900001', name: `Matrix School ${next()}`, localAuthorityCode: '340' } }),
      target: { urn: '900001', laCode: '340' },
    },
    'Mutation.upsertTrust': {
      query: 'mutation ($input: UpsertTrustInput!) { upsertTrust(input: $input) { uid } }',
      prepare: () => ({ input: { uid: '99001', name: `Matrix Trust ${next()}`, type: 'MULTI_ACADEMY_TRUST' } }),
      target: { trustUid: '99001' },
    },
    'Mutation.upsertLocalAuthority': {
      query: 'mutation ($input: UpsertLocalAuthorityInput!) { upsertLocalAuthority(input: $input) { code } }',
      prepare: () => ({ input: { code: '998', name: `Matrix Council ${next()}` } }),
      target: { laCode: '998' },
    },
    'Mutation.upsertPartnerAgency': {
      query: 'mutation ($input: UpsertPartnerAgencyInput!) { upsertPartnerAgency(input: $input) { id } }',
      prepare: () => ({ input: { id: 'matrix-agency', name: `Matrix Agency ${next()}`, kind: 'CHARITY' } }),
      target: {},
    },
    'Mutation.addContact': {
      query: ADD_CONTACT,
      prepare: () => ({
        input: { owner: { urn: '140412' }, email: `matrix${next()}@lordderby.example`, role: 'OTHER' },
      }),
      target: LORD_DERBY,
    },
    'Mutation.removeContact': {
      query: 'mutation ($input: RemoveContactInput!) { removeContact(input: $input) { email } }',
      prepare: async () => {
        const email = `leaving${next()}@lordderby.example`;
        await asAdmin(ADD_CONTACT, { input: { owner: { urn: '140412' }, email, role: 'OTHER' } });
        return { input: { owner: { urn: '140412' }, email } };
      },
      target: LORD_DERBY,
    },
    'Mutation.acknowledgeReminder': {
      query: ACKNOWLEDGE,
      prepare: () => ({ id: context.reminderId() }),
      target: LORD_DERBY,
    },
    'Mutation.subscribeToDigest': {
      // Each caller subscribes themself (no email: the address they signed in with); again changes nothing.
      query: 'mutation ($input: SubscribeToDigestInput!) { subscribeToDigest(input: $input) { email } }',
      prepare: () => ({ input: { scope: { urn: '140412' } } }),
      target: LORD_DERBY,
    },
    'Query.reminders': {
      query: '{ reminders(filter: { urn: "140412" }) { edges { node { id } } } }',
      prepare: () => ({}),
      target: LORD_DERBY,
      value: (data) => data?.reminders,
    },
    'School.contacts': {
      query: '{ school(urn: "140412") { name contacts { email } } }',
      prepare: () => ({}),
      target: LORD_DERBY,
      value: schoolField('contacts'),
    },
    'School.history': {
      query: '{ school(urn: "140412") { name history(first: 2) { edges { node { action } } } } }',
      prepare: () => ({}),
      target: LORD_DERBY,
      value: schoolField('history'),
    },
    'Trust.contacts': {
      query: '{ trust(uid: "2864") { name contacts { email } } }',
      prepare: () => ({}),
      target: { trustUid: '2864' },
      value: (data) => (data?.trust as Record<string, unknown> | null)?.contacts,
    },
    'LocalAuthority.contacts': {
      query: '{ localAuthority(code: "340") { name contacts { email } } }',
      prepare: () => ({}),
      target: { laCode: '340' },
      value: (data) => (data?.localAuthority as Record<string, unknown> | null)?.contacts,
    },
    'ElementFinding.finding': {
      query: '{ school(urn: "140412") { name awards { elements { element finding } } } }',
      prepare: () => ({}),
      target: LORD_DERBY,
    },
    'AnnualReview.summary': {
      query: '{ school(urn: "140412") { name awards { reviews { reviewedOn summary } } } }',
      prepare: () => ({}),
      target: LORD_DERBY,
    },
    'Award.withdrawalReason': {
      query: '{ school(urn: "140412") { name awards { status withdrawalReason } } }',
      prepare: () => ({}),
      target: LORD_DERBY,
      value: withdrawalReason,
    },
    'Reminder.recipients': {
      query: '{ reminders(filter: { laCode: "340" }) { edges { node { recipients { email } } } } }',
      prepare: () => ({}),
      target: { laCode: '340' },
    },
    'HistoryEntry.actorEmail': {
      query: '{ school(urn: "140412") { name history(first: 1) { edges { node { action actorEmail } } } } }',
      prepare: () => ({}),
      target: LORD_DERBY,
    },
    'ChangeSource.actorEmail': {
      query: `{ school(urn: "140412") { name changes(kinds: [AWARD_GRANTED], first: 1) {
        edges { node { source { actor actorEmail } } } } } }`,
      prepare: () => ({}),
      target: LORD_DERBY,
    },
    'Contact.addedByEmail': {
      query: '{ school(urn: "140412") { name contacts { email addedByEmail } } }',
      // The same contact each time (adding it again changes nothing), so the list stays under its cap.
      prepare: async () => {
        await asAdmin(ADD_CONTACT, {
          input: { owner: { urn: '140412' }, email: 'witness@lordderby.example', role: 'OTHER' },
        });
        return {};
      },
      target: LORD_DERBY,
      value: (data) => firstAddress(schoolField('contacts')(data), 'addedByEmail'),
    },
    'Reminder.acknowledgedByEmail': {
      query: '{ reminders(filter: { urn: "140412" }) { edges { node { id acknowledgedByEmail } } } }',
      // The first acknowledgement stands: acknowledging again as an admin changes nothing after the first.
      prepare: async () => {
        await asAdmin(ACKNOWLEDGE, { id: context.reminderId() });
        return {};
      },
      target: LORD_DERBY,
      value: (data) =>
        firstAddress(
          ((data?.reminders as { edges?: { node: unknown }[] } | null)?.edges ?? []).map((edge) => edge.node),
          'acknowledgedByEmail',
        ),
    },
  };
}
