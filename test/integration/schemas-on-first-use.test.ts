// The API Lambda's cold start builds no zod schema, nor does a read (real Lambda handler, DynamoDB Local): each
// mutation's schema is built on its first use, once per process, refusing what it always refused with the same words.
import { describe, expect, it, vi } from 'vitest';
import { grantFromInput } from '../../functions/core/award-input.js';
import { addContactFromInput, removeContactFromInput } from '../../functions/core/contact-input.js';
import { subscriptionFromInput } from '../../functions/core/digest-input.js';
import { DomainError } from '../../functions/core/errors.js';
import { endPartnershipTarget } from '../../functions/core/partnership-input.js';
import { schoolUpsertFromInput } from '../../functions/core/reference-input.js';

const zodCalls = vi.hoisted(() => ({ names: [] as string[] }));

// Every schema-making function (z.string, z.object, z.enum…: the lower-case exports) notes its call.
vi.mock('../../functions/core/zod.js', async (importOriginal) => {
  const zod = await importOriginal<Record<string, unknown>>();
  const noted =
    (name: string, make: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      zodCalls.names.push(name);
      return make(...args);
    };
  return Object.fromEntries(
    Object.entries(zod).map(([name, value]) => [
      name,
      typeof value === 'function' && /^[a-z]/.test(name)
        ? noted(name, value as (...args: unknown[]) => unknown)
        : value,
    ]),
  );
});

const TODAY = '2026-11-23';
const change = { actor: 'admin@beacon.example', actorRole: 'admin', at: `${TODAY}T09:00:00.000Z`, action: 'x' };
const school = { urn: '140412' };

function problemsOf(parse: () => unknown): string[] {
  try {
    parse();
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const problems = error.details?.problems;
    return Array.isArray(problems) ? problems.map(String) : [];
  }
}

/** The zod calls `action` makes. */
function zodCallsOf(action: () => unknown): string[] {
  const before = zodCalls.names.length;
  action();
  return zodCalls.names.slice(before);
}

describe('the API Lambda at cold start', () => {
  it('builds no zod schema while its modules load (the input modules above included)', async () => {
    vi.stubEnv('TABLE_NAME', 'beacon');
    vi.stubEnv('AWS_REGION', 'eu-west-2');
    const { handler } = await import('../../functions/graphql/handler.js');
    expect(handler).toBeTypeOf('function');
    expect(zodCalls.names).toEqual([]);
    vi.unstubAllEnvs();
  });
});

describe('a read', () => {
  it('builds no zod schema either, identifiers and filters included', async () => {
    // Loaded here, after the cold start above: seeding runs the importer, whose parsers are zod schemas.
    const { seededApi } = await import('../support/seeded-api.js');
    const { invoke } = await import('../support/api-events.js');
    const api = await seededApi('first-use');
    const reads = [
      '{ school(urn: " 140412 ") { name } }',
      '{ localAuthority(code: "340") { name schools(first: 5) { edges { node { urn name } } } } }',
      '{ trust(uid: "2864") { name } }',
      '{ reminders(filter: { laCode: "340" }) { edges { cursor } } }',
    ];
    const before = zodCalls.names.length;
    for (const read of reads) expect((await invoke(api.handler, read)).body.errors).toBeUndefined();
    expect(zodCalls.names.slice(before)).toEqual([]);
  });
});

describe('a mutation input schema', () => {
  it('is built on its first use and kept', () => {
    const contact = { owner: school, email: 'senco@lordderby.example', role: 'SENCO' };
    expect(zodCallsOf(() => addContactFromInput(contact, change))).not.toEqual([]);
    expect(zodCallsOf(() => addContactFromInput(contact, change))).toEqual([]);
    expect(zodCallsOf(() => removeContactFromInput({ owner: school, email: 'senco@lordderby.example' }))).not.toEqual(
      [],
    );
    expect(zodCallsOf(() => removeContactFromInput({ owner: school, email: 'senco@lordderby.example' }))).toEqual([]);
  });

  it('refuses what it refused before, in the same words', () => {
    expect(
      problemsOf(() => addContactFromInput({ owner: school, email: 'senco at school', role: 'SENCO' }, change)),
    ).toEqual(['email: must be an email address, e.g. senco@school.example.org']);
    expect(problemsOf(() => subscriptionFromInput({ scope: school, email: 'nobody' }, 'officer@kent.gov.uk'))).toEqual([
      'email: must be an email address, e.g. senco@school.example.org',
    ]);
    expect(
      problemsOf(() =>
        schoolUpsertFromInput({
          urn: '140412',
          name: 'Lord Derby Academy',
          localAuthorityCode: '340',
          openedOn: '2011-02-30',
        }),
      ),
    ).toEqual(['openedOn: must be a real date written YYYY-MM-DD']);
    expect(problemsOf(() => grantFromInput({ urn: '140412', elements: [] }, TODAY, (urn) => urn))).toContainEqual(
      expect.stringMatching(/^elements: must give each of the eight IQM elements exactly once \(/),
    );
  });

  it('keeps the shared date schema apart from each day that narrows it', () => {
    const end = { urn: '140412', agencyId: 'knowsley-send', since: '2024-09-01', until: '2026-11-24' };
    expect(problemsOf(() => endPartnershipTarget(end, TODAY))).toEqual([
      `until: must not be in the future (today is ${TODAY})`,
    ]);
    expect(problemsOf(() => endPartnershipTarget(end, '2026-11-24'))).toEqual([]);
    expect(problemsOf(() => endPartnershipTarget({ ...end, since: '2024-9-1' }, '2026-11-24'))).toEqual([
      'since: must be a real date written YYYY-MM-DD',
    ]);
    expect(problemsOf(() => endPartnershipTarget(end, TODAY))).toEqual([
      `until: must not be in the future (today is ${TODAY})`,
    ]);
  });
});
