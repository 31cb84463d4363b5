import { buildASTSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { actorAddress, actorOf, describeActor, storedActor } from '../../functions/core/actor.js';
import { withActorFields } from '../../functions/graphql/actor-fields.js';

const officer = { actor: 'officer@knowsley.example', actorRole: 'council_officer', actorScope: 'la:340' };
const change = { ...officer, at: '2026-11-23T09:00:00.000Z', action: 'acknowledgeReminder' };

describe('who acted', () => {
  it('is stored with the role and scope beside the address, under the field’s own name', () => {
    expect(storedActor('acknowledgedBy', change)).toEqual({
      acknowledgedBy: 'officer@knowsley.example',
      acknowledgedByRole: 'council_officer',
      acknowledgedByScope: 'la:340',
    });
    expect(storedActor('addedBy', { actor: 'partnerships-import', at: change.at, action: 'import' })).toEqual({
      addedBy: 'partnerships-import',
    });
  });

  it('shows everyone a person as role and organisation, and only admins the address', () => {
    const actor = actorOf(officer, 'actor');
    expect(actor && describeActor(actor)).toBe('council officer (la:340)');
    expect(actor && actorAddress(actor)).toBe('officer@knowsley.example');
  });

  it('shows a job by its name, with no address', () => {
    const job = actorOf({ actor: 'beacon-seed', actorRole: 'admin', actorScope: 'all' }, 'actor');
    expect(job && describeActor(job)).toBe('beacon-seed');
    expect(job && actorAddress(job)).toBeNull();
  });

  it('shows a person recorded before the role was kept as a signed-in user, never by address', () => {
    const older = actorOf({ addedBy: 'officer@knowsley.example' }, 'addedBy');
    expect(older && describeActor(older)).toBe('a signed-in user');
    expect(older && actorAddress(older)).toBe('officer@knowsley.example');
  });

  it('is nobody when the record names nobody (a reminder not yet acknowledged)', () => {
    expect(actorOf({ acknowledgedAt: undefined }, 'acknowledgedBy')).toBeNull();
  });
});

describe('the @actor rule', () => {
  const sdl = (twin: string) =>
    buildASTSchema(
      parse(`directive @actor on FIELD_DEFINITION
        type Query { ok: Boolean }
        type Note { seenBy: String @actor ${twin} }`),
    );

  it('gives the field and its address twin the shared resolvers', () => {
    const resolvers = withActorFields(
      {} as Record<string, Record<string, (parent: object) => unknown>>,
      sdl('seenByEmail: String'),
    );
    const note = { seenBy: 'head@lordderby.example', seenByRole: 'school_leader', seenByScope: 'school:140412' };
    expect(resolvers.Note?.seenBy?.(note)).toBe('school leader (school:140412)');
    expect(resolvers.Note?.seenByEmail?.(note)).toBe('head@lordderby.example');
  });

  it('refuses to start when a field is @actor without an address twin, or a domain resolves it its own way', () => {
    expect(() => withActorFields({}, sdl(''))).toThrow(/has no Note.seenByEmail/);
    expect(() => withActorFields({ Note: { seenBy: () => 'raw' } }, sdl('seenByEmail: String'))).toThrow(
      /Note.seenBy is resolved by the @actor rule/,
    );
  });
});
