// Reads GIAS's "all establishment data" extract (edubasealldata*.csv, 133 columns in 2018). Columns are found by
// header name because later extracts drop and add columns; only the ones Beacon uses are required. Each row is
// validated on its own: a bad row becomes a problem (file, line, reason) and the rest of the file still counts.
import { Readable } from 'node:stream';
import { URN_FORMAT } from '../../core/identifiers.js';
import * as z from '../../core/zod.js';
import { IMPORT_LIMITS } from '../limits.js';
import { controlCharacterIn, controlCharacterReason, csvRecords } from './csv-records.js';
import { GiasCsvError, isoFromGiasDate } from './gias-text.js';

/** Beacon's name for each column it reads, and the column's header in the GIAS extract. */
export const ESTABLISHMENT_COLUMNS = {
  urn: 'URN',
  laCode: 'LA (code)',
  name: 'EstablishmentName',
  type: 'TypeOfEstablishment (name)',
  status: 'EstablishmentStatus (name)',
  openedOn: 'OpenDate',
  closedOn: 'CloseDate',
  phase: 'PhaseOfEducation (name)',
  trustUid: 'Trusts (code)',
  postcode: 'Postcode',
  town: 'Town',
  administrativeDistrict: 'DistrictAdministrative (name)',
} as const;

type Field = keyof typeof ESTABLISHMENT_COLUMNS;

/** Columns an extract may lack; the facts they carry are then left as stored. */
export const OPTIONAL_COLUMNS: readonly Field[] = ['trustUid'];

export const ESTABLISHMENT_STATUSES = ['Open', 'Open, but proposed to close', 'Closed', 'Proposed to open'] as const;

const trimmed = z.string().check(z.trim());
/** A blank cell is "not recorded". */
const optionalCell = z.pipe(
  trimmed,
  z.transform((text) => (text === '' ? undefined : text)),
);
const giasDate = z.pipe(
  trimmed,
  z.transform((text, context) => {
    if (text === '') return undefined;
    const iso = isoFromGiasDate(text);
    if (iso === null) {
      context.issues.push({ code: 'custom', message: 'expected a real date written DD-MM-YYYY', input: text });
      return z.NEVER;
    }
    return iso;
  }),
);

const establishmentRow = z.object({
  urn: trimmed.check(z.regex(URN_FORMAT, 'expected a six-digit URN')),
  laCode: trimmed.check(z.regex(/^\d{3}$/, 'expected a three-digit GIAS LA code')),
  name: trimmed.check(z.minLength(1, 'must not be empty')),
  type: optionalCell,
  status: z.pipe(
    trimmed,
    z.enum(ESTABLISHMENT_STATUSES, `expected one of ${ESTABLISHMENT_STATUSES.map((s) => `"${s}"`).join(', ')}`),
  ),
  openedOn: giasDate,
  closedOn: giasDate,
  // GIAS says "Not applicable" for special schools, PRUs and independents: no phase is recorded.
  phase: z.pipe(
    optionalCell,
    z.transform((text) => (text === 'Not applicable' ? undefined : text)),
  ),
  trustUid: z.pipe(
    optionalCell,
    z.optional(z.string().check(z.regex(/^\d{1,7}$/, 'expected a numeric GIAS group UID'))),
  ),
  postcode: optionalCell,
  town: optionalCell,
  administrativeDistrict: optionalCell,
});

export type EstablishmentStatus = (typeof ESTABLISHMENT_STATUSES)[number];
export type EstablishmentRow = z.infer<typeof establishmentRow> & { line: number };

export interface RowProblem {
  file: string;
  /** Line in the file (the header is line 1). */
  line: number;
  urn?: string;
  reason: string;
}

export interface EstablishmentFile {
  file: string;
  /** Data rows in the file, valid or not. */
  rowCount: number;
  /** False for an extract without the Trusts (code) column: trust membership is then not the file's to change. */
  hasTrustColumn: boolean;
  /** Valid rows in file order, one per URN. */
  rows: EstablishmentRow[];
  /** Every row that failed, in file order. */
  problems: RowProblem[];
}

interface RawRow {
  line: number;
  width: number;
  cells: Partial<Record<Field, string>>;
}

function locateColumns(file: string, header: readonly string[]): Map<Field, number> {
  const located = new Map<Field, number>();
  const missing: string[] = [];
  for (const [field, column] of Object.entries(ESTABLISHMENT_COLUMNS) as [Field, string][]) {
    const index = header.findIndex((name) => name.trim() === column);
    if (index >= 0) located.set(field, index);
    else if (!OPTIONAL_COLUMNS.includes(field)) missing.push(`"${column}"`);
  }
  if (missing.length > 0) {
    throw new GiasCsvError(
      file,
      1,
      `not a GIAS establishment extract: missing column(s) ${missing.join(', ')} (is it an edubasealldata*.csv file?)`,
    );
  }
  return located;
}

/** Streams the rows under the kind's limits, keeping only the cells Beacon reads (a row has ~133). */
async function parseRows(
  file: string,
  source: Readable,
): Promise<{ header: Map<Field, number>; width: number; raw: RawRow[]; broken: RowProblem[] }> {
  let header: Map<Field, number> | null = null;
  let names: string[] = [];
  const raw: RawRow[] = [];
  const broken: RowProblem[] = [];
  const limits = IMPORT_LIMITS['gias-establishments'];
  for await (const record of csvRecords(source, file, limits, 'windows-1252-unless-bom')) {
    if ('problem' in record) {
      if (!header) throw new GiasCsvError(file, record.line, `the header ${record.problem}`);
      broken.push({ file, line: record.line, reason: record.problem });
      continue;
    }
    if (!header) {
      header = locateColumns(file, record.cells);
      names = record.cells;
      continue;
    }
    const control = controlCharacterIn(record.cells);
    if (control) {
      const column = names[control.index] ?? '';
      broken.push({ file, line: record.line, reason: `column "${column}" ${controlCharacterReason(control.code)}` });
      continue;
    }
    const cells: Partial<Record<Field, string>> = {};
    for (const field of Object.keys(ESTABLISHMENT_COLUMNS) as Field[]) {
      const index = header.get(field);
      cells[field] = index === undefined ? '' : (record.cells[index] ?? '');
    }
    raw.push({ line: record.line, width: record.cells.length, cells });
  }
  if (!header) throw new GiasCsvError(file, 1, 'the file is empty');
  return { header, width: names.length, raw, broken };
}

/**
 * Decodes (Windows-1252, as GIAS publishes; UTF-8 when the file starts with a byte-order mark), parses and
 * validates, streamed under the kind's limits. Throws only for a file that cannot be read at all: a missing
 * column, a header it cannot parse, a limit passed (ImportRefused); a row with broken quoting is a problem.
 */
export async function readEstablishments(file: string, source: Readable | Uint8Array): Promise<EstablishmentFile> {
  const stream = source instanceof Uint8Array ? Readable.from([Buffer.from(source)]) : source;
  const { header, width, raw, broken } = await parseRows(file, stream);
  const rows: EstablishmentRow[] = [];
  const problems: RowProblem[] = [...broken];
  const firstLineOf = new Map<string, number>();
  for (const { line, width: found, cells } of raw) {
    const urn = URN_FORMAT.test(cells.urn?.trim() ?? '') ? cells.urn?.trim() : undefined;
    const problem = (reason: string) => problems.push({ file, line, ...(urn ? { urn } : {}), reason });
    if (found !== width) {
      problem(`expected ${width} columns as in the header, found ${found}`);
      continue;
    }
    const result = establishmentRow.safeParse(cells);
    if (!result.success) {
      problem(
        result.error.issues
          .map((issue) => {
            const field = String(issue.path[0] ?? '') as Field;
            return (
              `column "${ESTABLISHMENT_COLUMNS[field] ?? field}" ${JSON.stringify(cells[field] ?? '')}: ` +
              `${issue.message}`
            );
          })
          .join('; '),
      );
      continue;
    }
    const first = firstLineOf.get(result.data.urn);
    if (first !== undefined) {
      problem(`URN ${result.data.urn} appears again (first on line ${first})`);
      continue;
    }
    firstLineOf.set(result.data.urn, line);
    rows.push({ ...result.data, line });
  }
  problems.sort((a, b) => a.line - b.line);
  return { file, rowCount: raw.length + broken.length, hasTrustColumn: header.has('trustUid'), rows, problems };
}
