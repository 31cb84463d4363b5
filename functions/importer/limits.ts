// How much of a file each import kind reads before it refuses it, in one place. Each is many times the real
// national file of its kind (../shared/data, measured Dec 2026), so a legitimate upload never meets it while
// `/dev/zero`, a gzip bomb or a file without line breaks is stopped after a bounded read.
import type { ImportKind } from '../deployment.js';

export interface ReadLimits {
  /** Bytes of the file, and again of its content once unpacked (a .gz file). */
  maxBytes: number;
  /** Bytes of one line; a quoted cell may continue a record over a few lines (see csv-records.ts). */
  maxLineBytes: number;
  /** Records, header included: a file of tiny rows would otherwise hold a reject per row in memory. */
  maxRows: number;
}

const MB = 1024 * 1024;
const KB = 1024;

/**
 * Real files: la_codes_england.csv 5 KB (lines ≤ 246 B); group membership 2.3 MB (≤ 346 B); links 2.4 MB
 * (≤ 138 B); Ofsted outcomes 16 MB unpacked (≤ 2.6 KB); a national edubasealldata extract ~70 MB (≤ 2.7 KB);
 * a council's IQM or partnerships register a few hundred rows; LAIT's inclusion measures 5.3 MB unpacked (lines
 * ≤ 250 B); the SEN2 caseload file 10 MB unpacked (≤ 1 KB); statistical neighbours 91 KB (the xlsx 39 KB, read
 * whole). Rows: 184 councils, 11,759 memberships, 33,801 links, 22,005 Ofsted rows, ~52,000 establishments, 48,280
 * LAIT rows (LAIT's whole long file: 641,070), 25,339 caseload rows, 1,580 neighbours.
 */
export const IMPORT_LIMITS: Record<ImportKind, ReadLimits> = {
  'la-codes': { maxBytes: 1 * MB, maxLineBytes: 16 * KB, maxRows: 5_000 },
  'gias-groups': { maxBytes: 64 * MB, maxLineBytes: 16 * KB, maxRows: 250_000 },
  'gias-links': { maxBytes: 64 * MB, maxLineBytes: 16 * KB, maxRows: 500_000 },
  'ofsted-outcomes': { maxBytes: 160 * MB, maxLineBytes: 64 * KB, maxRows: 250_000 },
  'iqm-awards': { maxBytes: 16 * MB, maxLineBytes: 16 * KB, maxRows: 50_000 },
  partnerships: { maxBytes: 16 * MB, maxLineBytes: 16 * KB, maxRows: 50_000 },
  'la-indicators': { maxBytes: 64 * MB, maxLineBytes: 16 * KB, maxRows: 1_000_000 },
  ees: { maxBytes: 128 * MB, maxLineBytes: 64 * KB, maxRows: 1_000_000 },
  'statistical-neighbours': { maxBytes: 1 * MB, maxLineBytes: 16 * KB, maxRows: 20_000 },
  'gias-establishments': { maxBytes: 256 * MB, maxLineBytes: 64 * KB, maxRows: 500_000 },
  // The DfE's school-level SEN file is 1.3 MB for 24,307 schools; its full SPC file ~60 MB with ~300 columns.
  'school-census': { maxBytes: 256 * MB, maxLineBytes: 64 * KB, maxRows: 250_000 },
};

/** A quoted cell may hold line breaks; a record spanning more lines than this has an unclosed quote. */
export const MAX_RECORD_LINES = 20;

/** A file refused whole before or while it is read: the message is one line, naming the file and the reason. */
export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

export const sizeText = (bytes: number) =>
  bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB` : `${Math.ceil(bytes / KB)} KB`;

/** Refuses a file whose size, known before reading (a stat, an S3 object's length), is over the kind's limit. */
export function checkFileSize(kind: ImportKind, name: string, bytes: number): void {
  const { maxBytes } = IMPORT_LIMITS[kind];
  if (bytes > maxBytes) {
    throw new ImportRefused(`${name} is ${sizeText(bytes)}, over the ${sizeText(maxBytes)} limit for ${kind} files`);
  }
}
