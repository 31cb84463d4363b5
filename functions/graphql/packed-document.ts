// The schema document as codegen packs it (codegen/schema-document-plugin.cjs): each node an array of its kind's
// number and its values in the order the kinds table gives, a Name node its string. Under a quarter of the size of the
// document as JSON (so a smaller bundle for V8 to load); unpacking costs a few ms more than JSON.parse of that JSON.
import type { DocumentNode } from 'graphql';

/** A packed value: a node `[kind, ...values]`, a list of packed values, a Name's string, a boolean or null. */
export type Packed = string | boolean | null | readonly Packed[];

export interface PackedDocument {
  /** For each kind number: the kind, then the keys of its values in order. */
  kinds: readonly (readonly string[])[];
  root: Packed;
}

/** Marks a string that is a value (an operation, a literal), not a Name. */
export const PLAIN_STRING = -1;

type Unpacked = string | boolean | null | Unpacked[] | { [key: string]: Unpacked };

function unpack(value: Packed, kinds: PackedDocument['kinds']): Unpacked {
  if (typeof value === 'string') return { kind: 'Name', value };
  if (!Array.isArray(value)) return value as boolean | null;
  const list = value as readonly Packed[];
  const head: unknown = list[0];
  if (typeof head !== 'number') {
    const items: Unpacked[] = new Array(list.length);
    for (let index = 0; index < list.length; index += 1) items[index] = unpack(list[index] ?? null, kinds);
    return items;
  }
  if (head === PLAIN_STRING) return list[1] as string;
  // Plain loops: no rest arrays or iterators per node, which a cold start would also have to collect.
  const names = kinds[head] ?? [];
  const node: { [key: string]: Unpacked } = { kind: names[0] ?? '' };
  for (let index = 1; index < names.length; index += 1) {
    const packed = list[index];
    if (packed !== null && packed !== undefined) node[names[index] as string] = unpack(packed, kinds);
  }
  return node;
}

export const unpackDocument = (packed: PackedDocument): DocumentNode =>
  unpack(packed.root, packed.kinds) as unknown as DocumentNode;
