// Record ids carry their school's URN and date, so an id alone finds its item: e.g. A-140412-20230615-x7k2.
import { randomBytes } from 'node:crypto';
import { IDENTIFIER_PATTERNS } from '../../core/identifiers.js';
import type { ItemKey } from '../dynamo/entity.js';

export function newRecordId(prefix: 'A' | 'I', urn: string, date: string, random: string): string {
  return `${prefix}-${urn}-${date.replaceAll('-', '')}-${random}`;
}

/** Ids are the store's to give. */
export const newId = (prefix: 'A' | 'I') => (urn: string, date: string) =>
  newRecordId(prefix, urn, date, randomBytes(3).toString('hex'));

/**
 * Ofsted's stated inspections get ids from the visit itself (one graded and one ungraded per day at most), so
 * importing the same file twice finds the same items.
 */
export const ofstedInspectionId = (urn: string, date: string, kind: 'graded' | 'ungraded') =>
  newRecordId('I', urn, date, kind === 'graded' ? 'ofstedg' : 'ofstedu');

/** The start every id of a school's records of one day shares, e.g. I-140412-20230615-. */
export function recordIdPrefix(prefix: 'A' | 'I', urn: string, date: string): string {
  return newRecordId(prefix, urn, date, '');
}

const RECORD_ID = new RegExp(`^[AI]-(${IDENTIFIER_PATTERNS.urn})-\\d{8}-[a-z0-9]+$`);

export function urnOfRecordId(id: string): string | null {
  const match = RECORD_ID.exec(id);
  return match?.[1] ?? null;
}

/** A record's key from its id alone (the id carries the URN), or null when the text is not a record id. */
export function recordKeyOf(build: (urn: string, id: string) => ItemKey) {
  return (id: string) => {
    const urn = urnOfRecordId(id);
    return urn ? build(urn, id) : null;
  };
}

/** Record ids carry the school's URN and the record's date: `A-140412-20231215-3f9a1c`. */
export const recordIds = {
  newAwardId: newId('A'),
  newInspectionId: newId('I'),
  ofstedInspectionId,
  /** The URN a record id was made under, or null when the text is not a record id. */
  urnOf: urnOfRecordId,
  /** Deterministic ids for generated data (benchmarks). */
  make: newRecordId,
};
