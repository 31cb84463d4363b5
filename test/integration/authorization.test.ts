// The authorisation matrix: every mutation and every @restricted field of the schema, for every role in and out of
// scope and for an anonymous caller. A refused write must leave the table exactly as it was.
import {
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  parse,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AccessRule, accessPolicy } from '../../functions/core/access-policy.js';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';
import { outboxSender } from '../../functions/notify/outbox-sender.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import {
  type GraphQLResponse,
  graphqlPostEvent,
  invokeAnonymous,
  invokeAs,
  lambdaContext,
} from '../support/api-events.js';
import {
  ADD_CONTACT,
  accessCases,
  type Caller,
  type Case,
  callers,
  shouldAllow,
} from '../support/authorization-matrix.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';
import { tableSnapshot } from '../support/table-snapshot.js';

let api: SeededApi;
let reminderId: string;

beforeAll(async () => {
  api = await seededApi('authorization');
  const store = { client: api.table.client, tableName: api.table.tableName };
  const report = await runReassessment(
    { store, senders: [outboxSender({ store, print: () => undefined })] },
    { today: '2026-11-23' },
  );
  reminderId = report.sent.find((sent) => sent.reminder.urn === '140412')!.reminder.id;
});

const cases = accessCases({ api: () => api, reminderId: () => reminderId });

/** Mutation fields and fields marked @restricted, read from the SDL the server runs. */
// Mutations open to anyone because the request carries its own credential: the digest's unsubscribe link holds an
// unguessable token (weekly-digest.test.ts proves a wrong one is refused).
const SELF_CREDENTIALED = ['Mutation.unsubscribeFromDigest'];

function policedFieldsOfSchema(): string[] {
  const fields: string[] = [];
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    for (const field of type.fields ?? ([] as readonly FieldDefinitionNode[])) {
      const restricted = field.directives?.some((directive) => directive.name.value === 'restricted');
      const name = `${type.name.value}.${field.name.value}`;
      if ((type.name.value === 'Mutation' && !SELF_CREDENTIALED.includes(name)) || restricted) fields.push(name);
    }
  }
  return fields.sort();
}

const send = (caller: Caller, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> =>
  caller.claims
    ? invokeAs(api.handler, caller.claims, query, variables)
    : invokeAnonymous(api.handler, query, variables);

describe('the access table', () => {
  it('has an entry for every mutation and every @restricted field of the schema, and nothing else', () => {
    expect(Object.keys(accessPolicy).sort()).toEqual(policedFieldsOfSchema());
  });
});

describe.each(Object.entries(cases) as [keyof typeof accessPolicy, Case][])('%s', (operation, testCase) => {
  const rule: AccessRule = accessPolicy[operation];
  const isMutation = operation.startsWith('Mutation.');

  it.each(callers.map((caller) => [caller.name, caller] as const))('as %s', async (_name, caller) => {
    const variables = await testCase.prepare();
    const before = isMutation ? await tableSnapshot(api.table) : '';
    const { body } = await send(caller, testCase.query, variables);
    const forbidden = body.errors?.filter((error) => error.extensions?.code === 'FORBIDDEN') ?? [];
    if (shouldAllow(caller, rule, testCase.target)) {
      expect(body.errors).toBeUndefined();
      if (testCase.value) expect(testCase.value(body.data)).not.toBeNull();
    } else {
      expect(forbidden.length).toBeGreaterThan(0);
      expect(forbidden[0]?.message).toMatch(
        caller.claims ? /is (not open to the role|limited to your scope)/ : /needs you to sign in/,
      );
      if (testCase.value) expect(testCase.value(body.data) ?? null).toBeNull();
      if (isMutation) expect(await tableSnapshot(api.table)).toBe(before);
      else expect(body.data).not.toBeNull(); // only the restricted part is withheld
    }
  });
});

describe('identity comes only from verified claims', () => {
  it('treats an Authorization header without authorizer claims as anonymous, whatever it claims', async () => {
    const forged = Buffer.from(JSON.stringify({ 'custom:role': 'admin', 'custom:scope': 'all' })).toString('base64url');
    const event = graphqlPostEvent(JSON.stringify({ query: '{ school(urn: "140412") { contacts { email } } }' }), {
      authorization: `Bearer eyJhbGciOiJub25lIn0.${forged}.`,
    });
    const result = await api.handler(event, lambdaContext, () => undefined);
    const body = JSON.parse(result?.body ?? '{}') as GraphQLResponse['body'];
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['school', 'contacts'] });
    expect(body.errors?.[0]?.message).toMatch(/needs you to sign in/);
  });

  it('shows non-admins who made a change by role and organisation, never by address', async () => {
    const officer = { email: 'officer@knowsley.example', 'custom:role': 'council_officer', 'custom:scope': 'la:340' };
    await invokeAs(api.handler, officer, ADD_CONTACT, {
      input: { owner: { urn: '140412' }, email: 'senco@lordderby.example', role: 'SENCO' },
    });
    const query =
      '{ school(urn: "140412") { history(first: 1) { edges { node { actor summary changes { before after } } } } } }';
    const { body } = await invokeAs<{ school: { history: { edges: { node: { actor: string; summary: string } }[] } } }>(
      api.handler,
      officer,
      query,
    );
    expect(body.data?.school.history.edges[0]?.node).toMatchObject({
      actor: 'council officer (la:340)',
      summary: 'Added a contact (SENCO)',
    });
    expect(JSON.stringify(body.data)).not.toMatch(/@/);
  });
});
