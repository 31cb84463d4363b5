// Text-level helpers of the GIAS readers: Windows-1252 decoding, GIAS dates and file/line errors. No zod and no
// CSV parser here, so a Lambda that needs only these does not bundle the seed's file specs.
import iconv from 'iconv-lite';

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

/** GIAS publishes Windows-1252; Node's own TextDecoder reads it as Latin-1 and garbles 0x80-0x9F (e.g. ’). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252');
}
