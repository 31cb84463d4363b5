// CSV records from numbered lines, one bad record at a time: a record whose quotes do not balance (csv-parse's own
// skip_records_with_error swallows every later row into an unclosed quote) is rejected with its line and the
// lines after it are read again as records of their own, so one stray quote costs one row, not the file.
import type { Readable } from 'node:stream';
import { ImportRefused, MAX_RECORD_LINES, type ReadLimits } from '../limits.js';
import { boundedLines, type TextEncoding } from './bounded-text.js';

export type CsvRecord = { line: number; cells: string[] } | { line: number; problem: string };

interface Line {
  line: number;
  text: string;
}

const quotesIn = (text: string) => {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count += 1;
  return count;
};

/**
 * The cells of a record whose quotes balance (RFC 4180: a quoted cell doubles its quotes), or null when a quote
 * is misplaced. Written here because csv-parse costs ~0.6 ms a call when called per record (three times the
 * Ofsted import's parse time), and its whole-file recovery is what loses the rows after a stray quote.
 */
function cellsOf(text: string): string[] | null {
  if (!text.includes('"')) return text.split(',');
  const cells: string[] = [];
  for (let at = 0; ; at += 1) {
    if (text[at] !== '"') {
      const comma = text.indexOf(',', at);
      const cell = text.slice(at, comma === -1 ? undefined : comma);
      if (cell.includes('"')) return null;
      cells.push(cell);
      if (comma === -1) return cells;
      at = comma;
      continue;
    }
    let cell = '';
    for (let from = at + 1; ; ) {
      const close = text.indexOf('"', from);
      if (close === -1) return null;
      cell += text.slice(from, close);
      at = close + 1;
      if (text[at] !== '"') break;
      cell += '"';
      from = at + 1;
    }
    cells.push(cell);
    if (at === text.length) return cells;
    if (text[at] !== ',') return null;
  }
}

/** Gathers lines into records by their quotes; feed it lines in order, then call end(). */
export class CsvRecordAssembler {
  private pending: Line[] = [];
  private quotes = 0;

  *push(line: Line): Generator<CsvRecord> {
    if (this.pending.length === 0 && line.text === '') return;
    this.pending.push(line);
    this.quotes += quotesIn(line.text);
    if (this.quotes % 2 === 0) yield* this.complete();
    else if (this.pending.length > MAX_RECORD_LINES)
      yield* this.rejectFirst(`a quote (") opened on this line is not closed within ${MAX_RECORD_LINES} lines`);
  }

  *end(): Generator<CsvRecord> {
    if (this.pending.length > 0) yield* this.rejectFirst('a quote (") opened on this line is never closed');
  }

  private *complete(): Generator<CsvRecord> {
    const [first] = this.pending;
    if (!first) return;
    const cells = cellsOf(this.pending.map(({ text }) => text).join('\n'));
    if (cells) {
      this.pending = [];
      this.quotes = 0;
      yield { line: first.line, cells };
    } else yield* this.rejectFirst('a quote (") is misplaced or not closed: this row cannot be read as CSV');
  }

  /** The first pending line is the bad one; the lines after it are read again on their own. */
  private *rejectFirst(problem: string): Generator<CsvRecord> {
    const [first, ...rest] = this.pending;
    this.pending = [];
    this.quotes = 0;
    if (!first) return;
    yield { line: first.line, problem };
    for (const line of rest) yield* this.push(line);
  }
}

/** Streams a file's CSV records under its kind's limits (gunzipped when `name` ends in .gz). */
export async function* csvRecords(
  source: Readable,
  name: string,
  limits: ReadLimits,
  encoding: TextEncoding = 'utf-8',
): AsyncGenerator<CsvRecord> {
  const records = new CsvRecordAssembler();
  let count = 0;
  const counted = function* (read: Iterable<CsvRecord>) {
    for (const record of read) {
      count += 1;
      if (count > limits.maxRows) {
        throw new ImportRefused(
          `${name} has over ${limits.maxRows.toLocaleString('en-GB')} rows, the limit for its kind`,
        );
      }
      yield record;
    }
  };
  for await (const line of boundedLines(source, name, limits, encoding)) yield* counted(records.push(line));
  yield* counted(records.end());
}

/** C0 controls but tab, CR and LF (which a quoted cell may hold), and DEL: never part of a name or a date. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first cell holding a control character, with the character as U+XXXX, or null. */
export function controlCharacterIn(cells: readonly string[]): { index: number; code: string } | null {
  const index = cells.findIndex((cell) => CONTROL.test(cell));
  if (index === -1) return null;
  const char = CONTROL.exec(cells[index] ?? '')?.[0] ?? '';
  return { index, code: `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}

export const controlCharacterReason = (code: string) =>
  `holds a control character (${code}); such rows are not imported`;
