// Walks the schema for every field that can name who acted (by name, or marked @actor) and holds each to the audit
// trail's rule: everyone sees role and organisation, only admins see the address. Run against the resolvers the
// server runs, so a new field that returns an address raw fails here, whatever it is called in code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addResolversToSchema } from '@graphql-tools/schema';
import {
  buildASTSchema,
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLResolveInfo,
  isObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ruleFor } from '../../functions/core/access-policy.js';
import type { GraphQLContext } from '../../functions/graphql/context.js';
import { buildResolvers } from '../../functions/graphql/resolvers/index.js';

/**
 * Names that say a field holds who did something (addedBy, acknowledgedBy, recordedBy, actor…) or an address
 * (…Email). Fields examined and left out, as domain data rather than a signed-in user's identity: Award.assessor and
 * AnnualReview.assessor (the IQM assessor's name as IQM records it), Inspection.leadInspector (Ofsted's, public),
 * Contact.email and ReminderRecipient.email (the people reminded: the contact list itself, restricted to its scope).
 */
const NAMES_WHO_ACTED = /By$|^actor|Actor$|Email$|^(author|user|editor|creator)$/;

const SCHEMA_DIR = 'schema';
const sdl = readdirSync(SCHEMA_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
  .join('\n');
const built = buildASTSchema(parse(sdl));
const schema = addResolversToSchema({ schema: built, resolvers: buildResolvers(built) });

interface Candidate {
  name: string;
  field: GraphQLField<unknown, GraphQLContext>;
}

function fieldsThatCanNameAnActor(): Candidate[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })))
    .filter(
      ({ field }) =>
        NAMES_WHO_ACTED.test(field.name) ||
        field.astNode?.directives?.some((directive) => directive.name.value === 'actor'),
    );
}

const OFFICER = 'officer@knowsley.example';
/** A record as the store keeps one: the actor's address, with their role and scope beside it. */
const storedBy = (name: string) => ({
  [name]: OFFICER,
  [`${name}Role`]: 'council_officer',
  [`${name}Scope`]: 'la:340',
});

const callerContext = (role: string, scope: string) =>
  ({ caller: { id: `${role}@example.org`, role, scope } }) as unknown as GraphQLContext;
const schoolLeader = callerContext('school_leader', 'school:140412');
const admin = callerContext('admin', 'all');

async function resolve(candidate: Candidate, parent: object, context: GraphQLContext): Promise<unknown> {
  const resolver = candidate.field.resolve ?? defaultFieldResolver;
  const info = { fieldName: candidate.field.name } as GraphQLResolveInfo;
  try {
    return await resolver(parent, {}, context, info);
  } catch (error) {
    return error;
  }
}

const isAdminOnly = (name: string) => {
  const roles = ruleFor(name)?.roles;
  return roles?.length === 1 && roles[0] === 'admin';
};
const forbidden = (value: unknown) =>
  value instanceof Error && (value as Error & { code?: string }).code === 'FORBIDDEN';

/** What is wrong with one field under the rule; null when it follows it. */
async function breach(candidate: Candidate): Promise<string | null> {
  const [typeName, fieldName] = candidate.name.split('.') as [string, string];
  if (isAdminOnly(candidate.name)) {
    const seen = await resolve(candidate, storedBy(fieldName.replace(/Email$/, '')), schoolLeader);
    return forbidden(seen) ? null : `${candidate.name} is admin only in the access table, yet a school leader got it`;
  }
  const shown = await resolve(candidate, storedBy(fieldName), schoolLeader);
  if (shown !== 'council officer (la:340)') {
    return `${candidate.name} shows a school leader ${JSON.stringify(shown)}, not role and organisation`;
  }
  const twin = `${typeName}.${fieldName}Email`;
  if (!isAdminOnly(twin)) return `${candidate.name} has no admin-only ${twin} giving the address`;
  return null;
}

describe('fields that name who acted', () => {
  it('are found by the walk, the audit trail’s and the reminders’ among them', () => {
    const names = fieldsThatCanNameAnActor().map((candidate) => candidate.name);
    expect(names).toEqual(expect.arrayContaining(['HistoryEntry.actor', 'Contact.addedBy', 'Reminder.acknowledgedBy']));
  });

  it('show everyone role and organisation, and the address to admins only', async () => {
    const breaches = await Promise.all(fieldsThatCanNameAnActor().map(breach));
    expect(breaches.filter(Boolean)).toEqual([]);
  });

  it('give an admin the address through the twin field', async () => {
    const twins = fieldsThatCanNameAnActor().filter(({ name }) => name.endsWith('Email') && isAdminOnly(name));
    expect(twins.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['HistoryEntry.actorEmail', 'Contact.addedByEmail', 'Reminder.acknowledgedByEmail']),
    );
    for (const twin of twins) {
      const fieldName = twin.field.name.replace(/Email$/, '');
      expect(await resolve(twin, storedBy(fieldName), admin), twin.name).toBe(OFFICER);
    }
  });
});
