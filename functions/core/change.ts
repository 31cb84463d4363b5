// Who changed what, and when: the audit trail's domain side.

export interface ChangeContext {
  /** The signed-in user (or the seeding/import job) making the change. */
  actor: string;
  /** The actor's role and scope when signed in: what non-admins are shown instead of the address. */
  actorRole?: string;
  actorScope?: string;
  /** ISO instant of the change. */
  at: string;
  /** The mutation, e.g. recordInspection. */
  action: string;
  /** For an import that writes through the mutations' paths: its kind and file, the source of its change events. */
  importedFrom?: { kind: string; file: string };
}

export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface HistoryRecord {
  urn: string;
  at: string;
  actor: string;
  actorRole?: string;
  actorScope?: string;
  action: string;
  recordId?: string;
  summary: string;
  changes: FieldChange[];
}

const show = (value: unknown) =>
  value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);

/** Top-level fields whose value differs between two versions of a record (version itself left out). */
export function diffRecords(before: object | null, after: object): FieldChange[] {
  const previous = (before ?? {}) as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])]
    .filter((field) => field !== 'version')
    .sort();
  return fields
    .map((field) => ({ field, before: show(previous[field]), after: show(next[field]) }))
    .filter((change) => change.before !== change.after);
}

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;

/** History never shows a contact's address, even in entries written before addresses were kept out of it. */
export function withoutAddresses(text: string): string;
export function withoutAddresses(text: string | undefined): string | undefined;
export function withoutAddresses(text: string | undefined): string | undefined {
  return text?.replace(EMAIL, '[address hidden]');
}
