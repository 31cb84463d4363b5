// The frame every streamed CSV import shares: .csv or .csv.gz, a header checked for the columns the parser needs,
// rows of empty cells skipped, and each row either a value or a reject naming its line, column and reason.
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';

export interface RowReject {
  line: number;
  column: string;
  reason: string;
}

export type StreamedRow<T> = { line: number; value: T } | { line: number; reject: RowReject };

/** What a parser throws for a bad cell: the row is rejected, the import goes on. */
export class CellError extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** A row's cells by column name, trimmed. */
export type Cells = (column: string) => string;

export const quoted = (text: string) => `"${text.slice(0, 40)}"`;

export async function* streamCsvRows<T>(
  source: Readable,
  name: string,
  /** GIAS publishes some downloads in Windows-1252; those are decoded before parsing. */
  layout: { what: string; columns: readonly string[]; encoding?: 'utf-8' | 'windows-1252' },
  toValue: (cell: Cells) => T,
): AsyncGenerator<StreamedRow<T>> {
  const bytes = name.endsWith('.gz') ? source.pipe(createGunzip()) : source;
  const text = layout.encoding === 'windows-1252' ? bytes.pipe(iconv.decodeStream('win1252')) : bytes;
  const rows = text.pipe(parse({ bom: true, info: true, relax_column_count: true }));
  let index: Map<string, number> | undefined;
  for await (const { record, info } of rows as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!index) {
      index = new Map(record.map((column, position) => [column.trim(), position]));
      const missing = layout.columns.filter((column) => !index?.has(column));
      if (missing.length > 0) {
        throw new Error(`${name} is not ${layout.what}: missing column(s) ${missing.slice(0, 5).join(', ')}`);
      }
      continue;
    }
    if (record.every((value) => value.trim() === '')) continue;
    const columns = index;
    const cell: Cells = (column) => (record[columns.get(column) ?? -1] ?? '').trim();
    try {
      yield { line: info.lines, value: toValue(cell) };
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      yield { line: info.lines, reject: { line: info.lines, column: error.column, reason: error.reason } };
    }
  }
}
