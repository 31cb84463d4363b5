// Every field that names who acted, through the real handler: a school leader sees the council officer who added
// a contact or acknowledged a reminder as role and organisation; only an admin gets the officer's address.
import { beforeAll, describe, expect, it } from 'vitest';
import { addContactFromInput } from '../../functions/core/contact-input.js';
import { parseReminderIdInput } from '../../functions/core/reminder-input.js';
import { outboxSender } from '../../functions/notify/outbox-sender.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import { openStore } from '../../functions/store/index.js';
import { ADMIN_CLAIMS, invokeAs } from '../support/api-events.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const TODAY = '2026-11-23';
const OFFICER = { email: 'officer@knowsley.example', 'custom:role': 'council_officer', 'custom:scope': 'la:340' };
const LEADER = { email: 'head@lordderby.example', 'custom:role': 'school_leader', 'custom:scope': 'school:140412' };

let api: SeededApi;
let reminderId: string;
let olderReminderId: string;

const CONTACTS = (fields: string) => `{ school(urn: "140412") { name contacts { email ${fields} } } }`;
const REMINDERS = (fields: string) =>
  `{ reminders(filter: { urn: "140412" }) { edges { node { id daysBefore ${fields} } } } }`;

type Row = Record<string, string | number | null>;
type ContactsData = { school: { name: string; contacts: Row[] } };
type RemindersData = { reminders: { edges: { node: Row }[] } };

const contact = (data: ContactsData | null | undefined, email: string) =>
  data?.school.contacts.find((row) => row.email === email);
const reminder = (data: RemindersData | null | undefined, id: string) =>
  data?.reminders.edges.find((edge) => edge.node.id === id)?.node;

beforeAll(async () => {
  api = await seededApi('who-acted', TODAY);
  const config = { client: api.table.client, tableName: api.table.tableName };
  const remind = (today: string) =>
    runReassessment({ store: config, senders: [outboxSender({ store: config, print: () => undefined })] }, { today });
  reminderId = (await remind(TODAY)).sent.find((sent) => sent.reminder.urn === '140412')!.reminder.id;
  // A week later the 7-day stage: a second reminder, acknowledged below as an older acknowledgement was stored.
  olderReminderId = (await remind('2026-12-08')).sent.find((sent) => sent.reminder.urn === '140412')!.reminder.id;

  const added = await invokeAs(
    api.handler,
    OFFICER,
    'mutation ($input: AddContactInput!) { addContact(input: $input) { email } }',
    { input: { owner: { urn: '140412' }, email: 'senco@lordderby.example', role: 'SENCO' } },
  );
  expect(added.body.errors).toBeUndefined();
  const acknowledged = await invokeAs(
    api.handler,
    OFFICER,
    'mutation ($id: ID!) { acknowledgeReminder(id: $id) { id } }',
    {
      id: reminderId,
    },
  );
  expect(acknowledged.body.errors).toBeUndefined();

  // Before role and scope were kept beside the address, a contact and an acknowledgement held the address alone:
  // the same write with no role in its change context stores exactly that shape.
  const older = { actor: 'former@knowsley.example', at: new Date().toISOString(), action: 'addContact' };
  const store = openStore(config);
  const input = { owner: { urn: '140412' }, email: 'governor@lordderby.example', role: 'GOVERNOR' };
  await store.contacts.change(addContactFromInput(input, older), older);
  await store.reminders.acknowledge(parseReminderIdInput(olderReminderId), { ...older, action: 'acknowledgeReminder' });
});

describe('a school leader reading their school', () => {
  it('sees who added a contact as role and organisation, not the council officer’s address', async () => {
    const { body } = await invokeAs<ContactsData>(api.handler, LEADER, CONTACTS('addedBy'));
    expect(body.errors).toBeUndefined();
    expect(contact(body.data, 'senco@lordderby.example')?.addedBy).toBe('council officer (la:340)');
    expect(body.data?.school.contacts.every((row) => !String(row.addedBy).includes('@'))).toBe(true);
    expect(JSON.stringify(body.data)).not.toContain('officer@knowsley.example');
  });

  it('sees who acknowledged a reminder as role and organisation, not the council officer’s address', async () => {
    const { body } = await invokeAs<RemindersData>(api.handler, LEADER, REMINDERS('acknowledgedAt acknowledgedBy'));
    expect(body.errors).toBeUndefined();
    expect(reminder(body.data, reminderId)?.acknowledgedBy).toBe('council officer (la:340)');
    expect(JSON.stringify(body.data)).not.toContain('officer@knowsley.example');
  });

  it('sees a contact or acknowledgement stored before roles were kept as by a signed-in user', async () => {
    const contacts = await invokeAs<ContactsData>(api.handler, LEADER, CONTACTS('addedBy'));
    expect(contact(contacts.body.data, 'governor@lordderby.example')?.addedBy).toBe('a signed-in user');
    const reminders = await invokeAs<RemindersData>(api.handler, LEADER, REMINDERS('acknowledgedBy'));
    expect(reminder(reminders.body.data, olderReminderId)?.acknowledgedBy).toBe('a signed-in user');
    expect(JSON.stringify([contacts.body, reminders.body])).not.toContain('former@knowsley.example');
  });

  it('is refused the addresses, and given the rest of the answer', async () => {
    const contacts = await invokeAs<ContactsData>(api.handler, LEADER, CONTACTS('addedBy addedByEmail'));
    expect(contacts.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(contacts.body.errors?.[0]?.message).toMatch(/who added a contact, by address.*not open to the role/);
    expect(contact(contacts.body.data, 'senco@lordderby.example')).toMatchObject({
      addedBy: 'council officer (la:340)',
      addedByEmail: null,
    });
    const reminders = await invokeAs<RemindersData>(api.handler, LEADER, REMINDERS('acknowledgedByEmail'));
    expect(reminders.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(reminder(reminders.body.data, reminderId)?.acknowledgedByEmail).toBeNull();
    expect(JSON.stringify([contacts.body, reminders.body])).not.toContain('officer@knowsley.example');
  });

  it('reads in the audit trail who acknowledged the reminder by role and organisation too', async () => {
    const { body } = await invokeAs<{
      school: { history: { edges: { node: { action: string; actor: string; changes: Row[] } }[] } };
    }>(
      api.handler,
      LEADER,
      '{ school(urn: "140412") { history(first: 10) { edges { node { action actor changes { field after } } } } } }',
    );
    const entry = body.data?.school.history.edges.find(
      (edge) => edge.node.action === 'acknowledgeReminder' && edge.node.actor !== 'a signed-in user',
    )?.node;
    expect(entry).toMatchObject({
      actor: 'council officer (la:340)',
      changes: [{ field: 'acknowledgedBy', after: 'council officer (la:340)' }],
    });
  });
});

describe('an admin', () => {
  it('sees the address of whoever added a contact or acknowledged a reminder', async () => {
    const contacts = await invokeAs<ContactsData>(api.handler, ADMIN_CLAIMS, CONTACTS('addedBy addedByEmail'));
    expect(contacts.body.errors).toBeUndefined();
    expect(contact(contacts.body.data, 'senco@lordderby.example')).toMatchObject({
      addedBy: 'council officer (la:340)',
      addedByEmail: 'officer@knowsley.example',
    });
    expect(contact(contacts.body.data, 'governor@lordderby.example')?.addedByEmail).toBe('former@knowsley.example');
    const reminders = await invokeAs<RemindersData>(
      api.handler,
      ADMIN_CLAIMS,
      REMINDERS('acknowledgedBy acknowledgedByEmail'),
    );
    expect(reminders.body.errors).toBeUndefined();
    expect(reminder(reminders.body.data, reminderId)).toMatchObject({
      acknowledgedBy: 'council officer (la:340)',
      acknowledgedByEmail: 'officer@knowsley.example',
    });
  });
});
