// Text-level helpers of the GIAS readers: Windows-1252 decoding, GIAS dates and file/line errors. No zod and no
// CSV parser here, so a Lambda that needs only these does not bundle the seed's file specs.

export class GiasCsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file} line ${line}: ${detail}`);
    this.name = 'GiasCsvError';
  }
}

const GIAS_DATE = /^(\d{2})-(\d{2})-(\d{4})$/;

/** GIAS DD-MM-YYYY to ISO YYYY-MM-DD; null when the text is not a real calendar date. */
export function isoFromGiasDate(text: string): string | null {
  const match = GIAS_DATE.exec(text);
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

// Bytes 0x80-0x9F of Windows-1252 (e.g. 0x92 is the apostrophe in "St Mary’s"). Node 20's TextDecoder treats
// 'windows-1252' as ISO-8859-1 and would return C1 control characters for them; unassigned bytes stay as they are.
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
const C1 = /[\x80-\x9f]/g;

/** Single-byte, so any slice of a file decodes on its own (chunks need no carry-over). */
export function decodeWindows1252(bytes: Uint8Array): string {
  // latin1 maps every byte to the code point of the same value; only 0x80-0x9F differ in Windows-1252.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** True when the bytes start with a UTF-8 byte-order mark (a GIAS file re-saved as "CSV UTF-8" by Excel). */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}
