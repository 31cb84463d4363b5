// What every import kind is made of, and how a kind's parts become one runnable entry of the registry (kinds.ts).
import type { Readable } from 'node:stream';
import type { Speaker } from '../core/local-authority-assurance.js';
import { type ImportKind, importPrefix } from '../deployment.js';
import type { StoreConfig } from '../store/index.js';
import type { EstablishmentImportResult } from './import-establishments.js';
import { IMPORT_LIMITS, type ReadLimits } from './limits.js';
import { boundedBytes } from './parsers/bounded-text.js';
import type { ImportReport } from './report.js';

/** A file to import: its name (a path or an S3 key) and its bytes as a stream. */
export interface ImportFile {
  name: string;
  source: Readable;
}

export interface ImportOptions {
  /** Whom a partnerships register speaks for: Beacon's operators unless told (a council's folder, --council). */
  speaker?: Speaker;
  /** Rows read and written so far (the Ofsted outcomes and school census imports, after each chunk). */
  onProgress?: (rows: number) => void;
  /** The school census's day, e.g. 2023-01-19, over what the file's name or folder says. */
  censusDate?: string;
  /** How many problems a GIAS establishments result lists (all are counted). */
  maxProblems?: number;
}

/** What any import answers with: the one report, which the establishments import extends. */
export type ImportResult = ImportReport | EstablishmentImportResult;

/** A finished import: its result, the rows it refused, and what a person reads beyond the counts. */
export interface ImportOutcome {
  result: ImportResult;
  /** Rows rejected (or, for GIAS establishments, skipped): the Lambda then logs a warning. */
  refused: number;
  /** The log's words for the kind, e.g. "GIAS import finished". */
  finished: string;
  /** The kind's own tallies, one line each, e.g. how many schools Beacon does not hold were left alone. */
  notes: string[];
}

interface KindParts<Parsed, Result extends ImportResult> {
  /** The S3 folder an upload of this kind goes in. */
  prefix: string;
  /** Beacon's template of the file (the two registers), relative to the repository root. */
  template: string | null;
  parse: (source: Readable, name: string) => Parsed;
  importer: (store: StoreConfig, file: ImportFile, options: ImportOptions) => Promise<Result>;
  refused: (result: Result) => number;
  /** How the log says it finished: with `refused` rows, or all taken. */
  finished: (refused: number) => string;
  notes: (result: Result) => string[];
}

export function kind<Parsed, Result extends ImportResult>(name: ImportKind, parts: KindParts<Parsed, Result>) {
  const { importer, refused, finished, notes, ...described } = parts;
  const limits: ReadLimits = IMPORT_LIMITS[name];
  return {
    ...described,
    limits,
    /** The file's bytes (unpacked when gzipped), refused past the kind's limits. */
    bytes: (source: Readable, fileName: string) => boundedBytes(source, fileName, limits),
    run: async (store: StoreConfig, file: ImportFile, options: ImportOptions = {}): Promise<ImportOutcome> => {
      const result = await importer(store, file, options);
      const count = refused(result);
      return { result, refused: count, finished: finished(count), notes: notes(result) };
    },
  };
}

export const folder = (name: ImportKind) => `${importPrefix}${name}/`;
export const rejected = (report: ImportReport) => report.rejected.length;
export const finishedAs = (name: string) => (refused: number) =>
  refused > 0 ? `${name} import finished with rejected rows` : `${name} import finished`;
