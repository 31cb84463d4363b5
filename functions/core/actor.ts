// Who did something, by one rule wherever it is shown: everyone sees a person as role and organisation (a job by its
// name); only admins see the person's address. Stored beside what they did as `<name>`, `<name>Role`, `<name>Scope`
// (the audit trail's actor, actorRole, actorScope; a contact's addedBy…; a reminder's acknowledgedBy…).
import type { ChangeContext } from './change.js';

export interface ActorRef {
  /** The signed-in user's address (or token subject), or the job's name, e.g. beacon-seed. */
  id: string;
  /** The user's role and scope when they acted, e.g. council_officer and la:340; jobs have none. */
  role?: string;
  scope?: string;
}

/** The stored fields of an actor kept under `Name`, e.g. addedBy, addedByRole and addedByScope. */
export type StoredActor<Name extends string> = Record<Name, string> &
  Partial<Record<`${Name}Role` | `${Name}Scope`, string>>;

/** The fields that keep who made `change` under `name`: the role and scope go beside the address. */
export function storedActor<Name extends string>(name: Name, change: ChangeContext): StoredActor<Name> {
  return {
    [name]: change.actor,
    ...(change.actorRole ? { [`${name}Role`]: change.actorRole } : {}),
    ...(change.actorScope ? { [`${name}Scope`]: change.actorScope } : {}),
  } as StoredActor<Name>;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** The actor a record keeps under `name`; null when it names nobody (a reminder nobody has acknowledged). */
export function actorOf(record: object, name: string): ActorRef | null {
  const fields = record as Record<string, unknown>;
  const id = text(fields[name]);
  if (!id) return null;
  const role = text(fields[`${name}Role`]);
  const scope = text(fields[`${name}Scope`]);
  return { id, ...(role ? { role } : {}), ...(scope ? { scope } : {}) };
}

const isPerson = (actor: ActorRef) => actor.id.includes('@');

/** Who acted, as everyone sees it: a job by its name, a person by role and organisation, never by address. */
export function describeActor(actor: ActorRef): string {
  if (!isPerson(actor)) return actor.id;
  if (actor.role) return `${actor.role.replaceAll('_', ' ')}${actor.scope ? ` (${actor.scope})` : ''}`;
  // Kept before the role was stored beside the address (older contacts and acknowledgements): that is all we know.
  return 'a signed-in user';
}

/** Who acted, as only admins see it: a person's address; null for a job. */
export function actorAddress(actor: ActorRef): string | null {
  return isPerson(actor) ? actor.id : null;
}
