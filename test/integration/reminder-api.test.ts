import { beforeAll, describe, expect, it } from 'vitest';
import { outboxSender } from '../../functions/notify/outbox-sender.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import { invoke, invokeAs } from '../support/api-events.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

// Lord Derby Academy (140412, Dean Trust 2864, Knowsley 340): Centre of Excellence, review due 2026-12-15.
const TODAY = '2026-11-23';
let api: SeededApi;
let reminderId: string;
const printed: string[] = [];

const ADD = `mutation ($input: AddContactInput!) { addContact(input: $input) { email role name addedBy } }`;
const REMINDERS = `query ($filter: ReminderFilter!, $first: Int, $after: String) {
  reminders(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id daysBefore dueOn dueKind level awardStatus plannedOn status attempts
      recipients { email role scope } school { name } award { id status } acknowledgedBy } }
    pageInfo { hasNextPage endCursor } } }`;

interface ReminderNode {
  id: string;
  daysBefore: number;
  status: string;
  recipients: { email: string; role: string; scope: string }[];
  school: { name: string } | null;
  award: { id: string; status: string } | null;
  acknowledgedBy: string | null;
}
type RemindersData = {
  reminders: {
    edges: { cursor: string; node: ReminderNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

beforeAll(async () => {
  api = await seededApi('reminder-api', TODAY);
  for (const input of [
    { owner: { urn: '140412' }, email: 'SENCO@lordderby.example', role: 'SENCO', name: 'The SENCO' },
    { owner: { trustUid: '2864' }, email: 'inclusion@deantrust.example', role: 'TRUST_INCLUSION_LEAD' },
    { owner: { laCode: '340' }, email: 'send@knowsley.example', role: 'COUNCIL_SEND_OFFICER' },
  ]) {
    const { body } = await invoke(api.handler, ADD, { input });
    expect(body.errors).toBeUndefined();
  }
  const store = { client: api.table.client, tableName: api.table.tableName };
  const report = await runReassessment(
    { store, senders: [outboxSender({ store, print: (line) => printed.push(line) })] },
    { today: TODAY },
  );
  expect(report.sent).toHaveLength(1);
  reminderId = report.sent[0]!.reminder.id;
});

describe('contacts', () => {
  it('are readable on the school, its trust and its council', async () => {
    const { body } = await invoke<{
      school: {
        contacts: { email: string; role: string; name: string | null }[];
        trust: { contacts: { email: string }[] };
        localAuthority: { contacts: { email: string }[] };
      };
    }>(
      api.handler,
      `{ school(urn: "140412") { contacts { email role name } trust { contacts { email } } localAuthority { ` +
        `contacts { email } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.school).toEqual({
      contacts: [{ email: 'senco@lordderby.example', role: 'SENCO', name: 'The SENCO' }],
      trust: { contacts: [{ email: 'inclusion@deantrust.example' }] },
      localAuthority: { contacts: [{ email: 'send@knowsley.example' }] },
    });
  });

  it('reject an email that is not one, and an owner that is not exactly one', async () => {
    const bad = await invoke(api.handler, ADD, {
      input: { owner: { urn: '140412' }, email: 'not an email', role: 'SENCO' },
    });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.message).toContain('email');
    const two = await invoke(api.handler, ADD, {
      input: { owner: { urn: '140412', laCode: '340' }, email: 'a@b.example', role: 'SENCO' },
    });
    expect(two.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answer NOT_FOUND for a school Beacon does not hold, or a contact it does not have', async () => {
    const noSchool = await invoke(api.handler, ADD, {
      input: { owner: { urn: '999999' }, email: 'a@b.example', role: 'SENCO' },
    });
    expect(noSchool.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const remove = `mutation ($input: RemoveContactInput!) { removeContact(input: $input) { email } }`;
    const missing = await invoke(api.handler, remove, {
      input: { owner: { laCode: '340' }, email: 'nobody@knowsley.example' },
    });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('may be changed by school, trust and council people, not by an assessor', async () => {
    const input = { owner: { urn: '140412' }, email: 'someone@lordderby.example', role: 'OTHER' };
    const assessor = await invokeAs(api.handler, { email: 'assessor@iqm.example', 'custom:role': 'assessor' }, ADD, {
      input,
    });
    expect(assessor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const leader = await invokeAs(
      api.handler,
      { email: 'head@lordderby.example', 'custom:role': 'school_leader', 'custom:scope': 'school:140412' },
      ADD,
      { input },
    );
    expect(leader.body.data).toEqual({
      addContact: {
        email: 'someone@lordderby.example',
        role: 'OTHER',
        name: null,
        addedBy: 'school leader (school:140412)',
      },
    });
  });

  it('are personal data: visible and changeable only within the caller’s scope', async () => {
    const kentOfficer = { email: 'officer@kent.example', 'custom:role': 'council_officer', 'custom:scope': 'la:886' };
    const knowsleyOfficer = {
      email: 'officer@knowsley.example',
      'custom:role': 'council_officer',
      'custom:scope': 'la:340',
    };
    const trustExecutive = {
      email: 'exec@deantrust.example',
      'custom:role': 'trust_executive',
      'custom:scope': 'trust:2864',
    };
    const read = '{ school(urn: "140412") { contacts { email } } }';
    const refused = await invokeAs(api.handler, kentOfficer, read);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0]?.message).toBe(
      'Reading a school’s contacts is limited to your scope (la:886), which does not cover school 140412 (council ' +
        '340, trust 2864).',
    );
    // Only the restricted field is withheld: the school itself is public.
    expect(refused.body.data).toEqual({ school: { contacts: null } });
    for (const caller of [knowsleyOfficer, trustExecutive]) {
      const allowed = await invokeAs<{ school: { contacts: { email: string }[] } }>(api.handler, caller, read);
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data?.school.contacts.length).toBeGreaterThan(0);
    }
    const add = await invokeAs(api.handler, kentOfficer, ADD, {
      input: { owner: { laCode: '340' }, email: 'x@kent.example', role: 'OTHER' },
    });
    expect(add.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reminders = await invokeAs(
      api.handler,
      kentOfficer,
      '{ reminders(filter: { laCode: "340" }) { edges { cursor } } }',
    );
    expect(reminders.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('can be removed, and a removal is in the school history', async () => {
    await invoke(api.handler, ADD, {
      input: { owner: { urn: '140412' }, email: 'head@lordderby.example', role: 'HEADTEACHER' },
    });
    const remove = `mutation ($input: RemoveContactInput!) { removeContact(input: $input) { email role } }`;
    const { body } = await invoke(api.handler, remove, {
      input: { owner: { urn: '140412' }, email: 'Head@LordDerby.example' },
    });
    expect(body.data).toEqual({ removeContact: { email: 'head@lordderby.example', role: 'HEADTEACHER' } });
    const history = await invoke<{ school: { history: { edges: { node: { action: string; summary: string } }[] } } }>(
      api.handler,
      `{ school(urn: "140412") { history(first: 1) { edges { node { action summary } } } } }`,
    );
    expect(history.body.data?.school.history.edges[0]?.node).toEqual({
      action: 'removeContact',
      summary: 'Removed a contact (Headteacher)',
    });
  });
});

describe('reminders', () => {
  it('went to the school, trust and council contacts, and the outbox printed it', () => {
    expect(reminderId).toMatch(/^A-140412-20231215-[a-z0-9]+#2026-12-15#30$/);
    expect(printed).toEqual([
      '[outbox] Lord Derby Academy: IQM Centre of Excellence annual review due in 22 days, on 15 December 2026 -> ' +
        'senco@lordderby.example, inclusion@deantrust.example, send@knowsley.example',
    ]);
  });

  it.each([{ urn: '140412' }, { trustUid: '2864' }, { laCode: '340' }])('are listed for %j', async (filter) => {
    const { body } = await invoke<RemindersData>(api.handler, REMINDERS, { filter });
    expect(body.errors).toBeUndefined();
    expect(body.data?.reminders.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        id: reminderId,
        daysBefore: 30,
        status: 'SENT',
        school: { name: 'Lord Derby Academy' },
        award: { id: reminderId.split('#')[0], status: 'DUE_SOON' },
        recipients: [
          { email: 'senco@lordderby.example', role: 'SENCO', scope: 'SCHOOL' },
          { email: 'inclusion@deantrust.example', role: 'TRUST_INCLUSION_LEAD', scope: 'TRUST' },
          { email: 'send@knowsley.example', role: 'COUNCIL_SEND_OFFICER', scope: 'LOCAL_AUTHORITY' },
        ],
      }),
    ]);
  });

  it('page newest first with cursors', async () => {
    const store = { client: api.table.client, tableName: api.table.tableName };
    // A week later the 7-day stage is owed: a second reminder for the same review.
    await runReassessment(
      { store, senders: [outboxSender({ store, print: () => undefined })] },
      { today: '2026-12-08' },
    );
    const first = await invoke<RemindersData>(api.handler, REMINDERS, { filter: { urn: '140412' }, first: 1 });
    expect(first.body.data?.reminders.edges.map((edge) => edge.node.daysBefore)).toEqual([7]);
    expect(first.body.data?.reminders.pageInfo.hasNextPage).toBe(true);
    const second = await invoke<RemindersData>(api.handler, REMINDERS, {
      filter: { urn: '140412' },
      first: 1,
      after: first.body.data?.reminders.pageInfo.endCursor,
    });
    expect(second.body.data?.reminders.edges.map((edge) => edge.node.daysBefore)).toEqual([30]);
    expect(second.body.data?.reminders.pageInfo.hasNextPage).toBe(false);
    const since = await invoke<RemindersData>(api.handler, REMINDERS, {
      filter: { laCode: '340', since: '2026-12-01' },
    });
    expect(since.body.data?.reminders.edges.map((edge) => edge.node.daysBefore)).toEqual([7]);
  });

  it('can be acknowledged once; the first acknowledgement stands', async () => {
    const ack = `mutation ($id: ID!) { acknowledgeReminder(id: $id) { id acknowledgedBy acknowledgedAt } }`;
    const { body } = await invoke<{
      acknowledgeReminder: { id: string; acknowledgedBy: string; acknowledgedAt: string };
    }>(api.handler, ack, { id: reminderId });
    expect(body.errors).toBeUndefined();
    expect(body.data?.acknowledgeReminder).toMatchObject({
      id: reminderId,
      acknowledgedBy: expect.stringMatching(/.+/),
    });
    const again = await invoke<{ acknowledgeReminder: { acknowledgedAt: string } }>(api.handler, ack, {
      id: reminderId,
    });
    expect(again.body.data?.acknowledgeReminder.acknowledgedAt).toBe(body.data?.acknowledgeReminder.acknowledgedAt);
    const open = await invoke<RemindersData>(api.handler, REMINDERS, {
      filter: { urn: '140412', acknowledged: false },
    });
    expect(open.body.data?.reminders.edges.map((edge) => edge.node.daysBefore)).toEqual([7]);
  });

  it('answers BAD_USER_INPUT for a filter without one owner or a bad id, NOT_FOUND for an unknown one', async () => {
    const none = await invoke(api.handler, REMINDERS, { filter: {} });
    expect(none.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ack = `mutation ($id: ID!) { acknowledgeReminder(id: $id) { id } }`;
    const malformed = await invoke(api.handler, ack, { id: 'reminder-1' });
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await invoke(api.handler, ack, { id: 'A-140412-20231215-zzzzzz#2026-12-15#30' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const cursor = await invoke(api.handler, REMINDERS, { filter: { urn: '140412' }, after: 'bogus' });
    expect(cursor.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
