// One change event as Beacon keeps it, and its stable id: the same change derived twice is the same event.
import { storedActor } from './actor.js';
import type { ChangeContext } from './change.js';
import { type ChangeKind, SCOPED_CHANGE_KINDS } from './change-kinds.js';
import { asAtOfFile } from './data-source.js';
import type { IsoDate } from './records.js';

/** Where Beacon learned of a change: an import's kind, file and as-at, or a mutation (or job) and who acted. */
export interface ChangeSource {
  name: string;
  file?: string;
  asAt?: string;
  /** Who acted, kept as the audit trail keeps it (core/actor.ts): shown as role and organisation, or the job. */
  actor?: string;
  actorRole?: string;
  actorScope?: string;
}

export interface ChangeRecord {
  id: string;
  kind: ChangeKind;
  /** When it happened in the world. */
  happenedOn: IsoDate;
  /** When Beacon learned it (ISO instant). */
  recordedAt: string;
  summary: string;
  /** Display values before and after (a grade's label, a trust's name). */
  from?: string;
  to?: string;
  source: ChangeSource;
  urn?: string;
  /** The school's name when the change was recorded, so a page of events needs no school reads. */
  schoolName?: string;
  laCode?: string;
  trustUid?: string;
  relatedUrn?: string;
  public: boolean;
}

/** What a writer knows of where its changes come from, and when it learned them. */
export interface ChangeOrigin {
  source: ChangeSource;
  recordedAt: string;
  /** The day to date a change the source does not date (a leave without a date): the file's as-at or today. */
  asAtDay: IsoDate;
}

/** The origin of a mutation's or job's changes: the action, and who acted (shown by the @actor rule). */
export function mutationOrigin(change: ChangeContext): ChangeOrigin {
  const actor = storedActor('actor', change);
  const { importedFrom } = change;
  if (importedFrom) {
    const origin = importOrigin(importedFrom.kind, importedFrom.file, change.at);
    return { ...origin, source: { ...origin.source, ...actor } };
  }
  return { source: { name: change.action, ...actor }, recordedAt: change.at, asAtDay: change.at.slice(0, 10) };
}

/** The origin of an import's changes: the kind, the file's name and its as-at date (from the name). */
export function importOrigin(kind: string, file: string, recordedAt: string): ChangeOrigin {
  const asAt = asAtOfFile(file, recordedAt.slice(0, 10));
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asAt) ? asAt : recordedAt.slice(0, 10);
  return { source: { name: kind, file: file.split('/').at(-1) ?? file, asAt }, recordedAt, asAtDay: day };
}

/** 53 bits of a string (cyrb53): pure and the same in every runtime, so ids never depend on where they are made. */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The id: 20 hex digits (80 bits, from two seeded hashes) of what makes the change itself: kind, school, day, and
 * before and after as codes.
 */
export function changeId(kind: ChangeKind, subject: string, happenedOn: IsoDate, from = '', to = ''): string {
  const text = [kind, subject, happenedOn, from, to].join('\u001f');
  const part = (seed: number) => hash53(text, seed).toString(16).padStart(14, '0').slice(-10);
  return `${part(1)}${part(2)}`;
}

/** What one derivation states; the id's parts are codes, the shown values labels. */
export interface ChangeFacts {
  kind: ChangeKind;
  happenedOn: IsoDate;
  /** The day the id is made with, when it is not happenedOn (a reminder state: its due date, not the job's day). */
  idOn?: IsoDate;
  summary: string;
  /** Codes that tell this change from another of the same kind and day (trust UIDs, grades, award ids). */
  fromCode?: string;
  toCode?: string;
  from?: string;
  to?: string;
  urn?: string;
  schoolName?: string;
  laCode?: string;
  trustUid?: string;
  relatedUrn?: string;
}

export function changeRecord(facts: ChangeFacts, origin: ChangeOrigin): ChangeRecord {
  const { fromCode, toCode, idOn, ...shown } = facts;
  const subject = facts.urn ?? `la:${facts.laCode ?? ''}`;
  const record: ChangeRecord = {
    ...shown,
    id: changeId(facts.kind, subject, idOn ?? facts.happenedOn, fromCode ?? facts.from, toCode ?? facts.to),
    recordedAt: origin.recordedAt,
    source: origin.source,
    public: !SCOPED_CHANGE_KINDS.has(facts.kind),
  };
  for (const key of Object.keys(record) as (keyof ChangeRecord)[]) if (record[key] === undefined) delete record[key];
  return record;
}

/** Each change once, by id (two paths may derive the same change in one write). */
export function uniqueChanges(changes: readonly ChangeRecord[]): ChangeRecord[] {
  return [...new Map(changes.map((change) => [change.id, change])).values()];
}
