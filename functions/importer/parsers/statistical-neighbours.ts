// The DfE's statistical neighbour model (children's services, May 2025): the derived CSV (one row per neighbour:
// la_code, la_name, region, rank, neighbour_la_code, neighbour_la_name, closeness) or the DfE's .xlsx as published
// (one row per council: LA num, LA Name, GOReg, then SN1 and its closeness SNP up to SN10), read with read-excel-file
// once bounded-xlsx.ts has unpacked it within the kind's limit.
// Each neighbour is a row: the xlsx's order is the neighbour order, its row number the line of a reject.
import type { Readable } from 'node:stream';
import readXlsxFile from 'read-excel-file/node';
import { IMPORT_LIMITS } from '../limits.js';
import { limitBytes } from './bounded-text.js';
import { boundedXlsx } from './bounded-xlsx.js';
import { CellError, type Cells, quoted, type RowReject, type StreamedRow, streamCsvRows } from './csv-stream.js';
import { AREA_CODE } from './la-indicators.js';

export interface NeighbourRow {
  code: string;
  name: string;
  /** As the model words it, e.g. London (Outer). */
  region: string;
  rank: number;
  neighbour: string;
  /** 'Very close', 'Close', ...: the model writes some with a capital C; kept as a sentence. */
  closeness: string;
}

const MAX_NEIGHBOURS = 10;
const CSV_COLUMNS = ['la_code', 'la_name', 'region', 'rank', 'neighbour_la_code', 'closeness'] as const;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

function checked(row: Omit<NeighbourRow, 'closeness'> & { closeness: string }, columns: Record<string, string>) {
  if (!AREA_CODE.test(row.code))
    throw new CellError(columns.code ?? '', `expected an LA code, got ${quoted(row.code)}`);
  if (!AREA_CODE.test(row.neighbour)) {
    throw new CellError(columns.neighbour ?? '', `expected an LA code, got ${quoted(row.neighbour)}`);
  }
  if (!Number.isInteger(row.rank) || row.rank < 1 || row.rank > MAX_NEIGHBOURS) {
    throw new CellError(
      columns.rank ?? '',
      `expected a rank from 1 to ${MAX_NEIGHBOURS}, got ${quoted(String(row.rank))}`,
    );
  }
  if (row.closeness === '') throw new CellError(columns.closeness ?? '', 'must not be empty');
  return { ...row, closeness: sentence(row.closeness) };
}

const CSV_NAMES = { code: 'la_code', neighbour: 'neighbour_la_code', rank: 'rank', closeness: 'closeness' };

const csvRow = (cell: Cells): NeighbourRow =>
  checked(
    {
      code: cell('la_code'),
      name: cell('la_name'),
      region: cell('region'),
      rank: /^\d+$/.test(cell('rank')) ? Number(cell('rank')) : Number.NaN,
      neighbour: cell('neighbour_la_code'),
      closeness: cell('closeness'),
    },
    CSV_NAMES,
  );

async function bytesOf(source: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source.pipe(limitBytes(name, IMPORT_LIMITS['statistical-neighbours'], false))) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** The DfE's workbook: the header row is found by its titles (the sheet has two rows of column letters above it). */
async function* xlsxRows(source: Readable, name: string): AsyncGenerator<StreamedRow<NeighbourRow>> {
  const bytes = boundedXlsx(await bytesOf(source, name), name, IMPORT_LIMITS['statistical-neighbours']);
  const [sheet] = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch(
    (error: unknown) => {
      throw new Error(`${name} cannot be read as an .xlsx workbook: ${error instanceof Error ? error.message : error}`);
    },
  );
  const rows = sheet?.data ?? [];
  const headerAt = rows.findIndex((row) => row.map(text).includes('LA num') && row.map(text).includes('SN1'));
  if (headerAt === -1)
    throw new Error(`${name} is not the DfE's statistical neighbours workbook: no LA num / SN1 header`);
  const header = (rows[headerAt] ?? []).map(text);
  const at = (title: string) => header.indexOf(title);
  for (let index = headerAt + 1; index < rows.length; index += 1) {
    const row = rows[index] ?? [];
    const line = index + 1;
    const code = text(row[at('LA num')]);
    if (code === '') continue;
    for (let rank = 1; rank <= MAX_NEIGHBOURS; rank += 1) {
      const column = at(`SN${rank}`);
      try {
        const value = checked(
          {
            code,
            name: text(row[at('LA Name')]),
            region: text(row[at('GOReg')]),
            rank,
            neighbour: text(row[column]),
            closeness: text(row[column + 1]),
          },
          { code: 'LA num', neighbour: `SN${rank}`, rank: `SN${rank}`, closeness: `SNP after SN${rank}` },
        );
        yield { line, value };
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        const reject: RowReject = { line, column: error.column, reason: error.reason };
        yield { line, reject };
      }
    }
  }
}

export function readStatisticalNeighbours(source: Readable, name: string): AsyncGenerator<StreamedRow<NeighbourRow>> {
  if (name.toLowerCase().endsWith('.xlsx')) return xlsxRows(source, name);
  return streamCsvRows(
    source,
    name,
    { what: 'a statistical neighbours file', columns: CSV_COLUMNS, kind: 'statistical-neighbours' },
    csvRow,
  );
}
