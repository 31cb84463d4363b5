// The frame every streamed CSV import shares: .csv or .csv.gz read under its kind's limits, a header checked for
// the columns the parser needs, rows of empty cells skipped, and each row either a value or a reject naming its
// line, column and reason: a row with broken quoting or a control character is rejected, the rest still read.
import type { Readable } from 'node:stream';
import type { ImportKind } from '../../deployment.js';
import { IMPORT_LIMITS } from '../limits.js';
import { controlCharacterIn, controlCharacterReason, csvRecords } from './csv-records.js';

export interface RowReject {
  line: number;
  /** The column at fault; blank when the reason names it (a GIAS extract's problems). */
  column: string;
  reason: string;
  /** The school the row was, where the kind is keyed by URN and the row was read that far. */
  urn?: string;
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

export interface CsvLayout {
  what: string;
  columns: readonly string[];
  /** Whose limits the file is read under. */
  kind: ImportKind;
  /** GIAS publishes some downloads in Windows-1252; those are decoded before parsing. */
  encoding?: 'utf-8' | 'windows-1252';
  /** Further checks of the header (e.g. which measures a file carries); throws when the file is not of the kind. */
  checkHeader?: (header: readonly string[]) => void;
}

export async function* streamCsvRows<T>(
  source: Readable,
  name: string,
  layout: CsvLayout,
  toValue: (cell: Cells) => T,
): AsyncGenerator<StreamedRow<T>> {
  let header: string[] | undefined;
  let index: Map<string, number> | undefined;
  const reject = (line: number, column: string, reason: string) => ({ line, reject: { line, column, reason } });
  for await (const record of csvRecords(source, name, IMPORT_LIMITS[layout.kind], layout.encoding)) {
    if (!header || !index) {
      if ('problem' in record) throw new Error(`${name} line ${record.line}: the header ${record.problem}`);
      header = record.cells.map((column) => column.trim());
      index = new Map(header.map((column, position) => [column, position]));
      const missing = layout.columns.filter((column) => !index?.has(column));
      if (missing.length > 0) {
        throw new Error(`${name} is not ${layout.what}: missing column(s) ${missing.slice(0, 5).join(', ')}`);
      }
      layout.checkHeader?.(header);
      continue;
    }
    if ('problem' in record) {
      yield reject(record.line, 'row', record.problem);
      continue;
    }
    const { line, cells } = record;
    if (cells.every((value) => value.trim() === '')) continue;
    const control = controlCharacterIn(cells);
    if (control) {
      yield reject(line, header[control.index] ?? 'row', controlCharacterReason(control.code));
      continue;
    }
    const columns = index;
    const cell: Cells = (column) => (cells[columns.get(column) ?? -1] ?? '').trim();
    try {
      yield { line, value: toValue(cell) };
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      yield reject(line, error.column, error.reason);
    }
  }
}
