// The one cursor codec of every list: an opaque base64url token for a sort key, tagged with the list it belongs to.
import { badInput } from './errors.js';

/** The refusal of a cursor this API did not issue (or issued for another list). */
export const foreignCursor = () =>
  badInput('The cursor is not one this API issued; pass an endCursor from a previous page.', { argument: 'after' });

export interface CursorCodec {
  encode(key: string): string;
  /** The key a cursor stands for; BAD_USER_INPUT for anything this API did not issue. */
  decode(cursor: string): string;
}

/** `isKey` rejects a well-formed token for a made-up key (it would reach DynamoDB as a bad start key). */
export function cursorCodec(tag: string, isKey: (key: string) => boolean = () => true): CursorCodec {
  const prefix = `${tag}:`;
  const encode = (key: string) => Buffer.from(`${prefix}${key}`, 'utf8').toString('base64url');
  return {
    encode,
    decode(cursor) {
      const text = Buffer.from(cursor, 'base64url').toString('utf8');
      const key = text.slice(prefix.length);
      if (!text.startsWith(prefix) || encode(key) !== cursor || !isKey(key)) throw foreignCursor();
      return key;
    },
  };
}
