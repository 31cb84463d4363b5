// The DfE's indicator files read plainly with csv-parse, so tests compute their expectations from the files rather
// than through the importers under test: values rounded as the catalogue says, ranks recomputed over councils.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { indicatorById } from '../../functions/core/indicators/catalogue.js';

type Row = Record<string, string>;

export const DFE_FILES = {
  lait: 'dfe/dfe_lait_inclusion_indicators_la_2016-2025.csv.gz',
  caseload: 'dfe/dfe_sen2_ehcp_caseload_2025.csv.gz',
  timeliness: 'dfe/dfe_sen2_ehcp_timeliness_20_weeks_2025.csv.gz',
  requests: 'dfe/dfe_sen2_ehcp_requests_2025.csv.gz',
  neighboursCsv: 'dfe/dfe_statistical_neighbours_2025-05.csv',
  neighboursXlsx: 'dfe/dfe_lait_statistical_neighbours_2025-05.xlsx',
  laCodes: 'gias/la_codes_england.csv',
} as const;

export const dataPath = (file: string) => fileURLToPath(new URL(`../../data/${file}`, import.meta.url));

const cache = new Map<string, Row[]>();
export function rowsOf(file: string): Row[] {
  let rows = cache.get(file);
  if (!rows) {
    const bytes = readFileSync(dataPath(file));
    rows = parse(file.endsWith('.gz') ? gunzipSync(bytes) : bytes, { columns: true, bom: true }) as Row[];
    cache.set(file, rows);
  }
  return rows;
}

/** The current councils' codes, as GIAS lists them (Beacon holds these). */
export const currentCodes = () =>
  new Set(
    rowsOf(DFE_FILES.laCodes)
      .filter((row) => !/^Pre[ -]LGR/.test(row['English local authority (LA) name'] ?? ''))
      .map((row) => row['Get Information about Schools (GIAS) local authority (LA) code'] ?? ''),
  );

export const rounded = (text: string, decimals: number) => Number(Number(text).toFixed(decimals));

const decimalsOf = (indicatorId: string) => indicatorById(indicatorId)?.decimals ?? 0;

/** LAIT's rows of one measure, by area code, oldest first. */
export function laitSeries(measure: string, code: string): { years: string; value: string }[] {
  return rowsOf(DFE_FILES.lait)
    .filter((row) => row.short_desc === measure && row.la_code === code)
    .map((row) => ({ years: row.years ?? '', value: row.value ?? '' }))
    .sort((a, b) => (a.years < b.years ? -1 : 1));
}

/** A LAIT value as Beacon keeps it: rounded to the indicator's decimals; null when not published ('-'). */
export const laitValue = (indicatorId: string, value: string) =>
  value === '-' ? null : rounded(value, decimalsOf(indicatorId));

/** Competition rank (ties share) of `code` among current councils with a figure for the measure's `years`. */
export function laitRank(indicatorId: string, measure: string, years: string, code: string, lowerIsBetter: boolean) {
  const held = currentCodes();
  const values = rowsOf(DFE_FILES.lait)
    .filter((row) => row.short_desc === measure && row.years === years && held.has(row.la_code ?? ''))
    .filter((row) => row.value !== '-')
    .map((row) => ({ code: row.la_code ?? '', value: laitValue(indicatorId, row.value ?? '') ?? 0 }));
  const own = values.find((value) => value.code === code);
  if (!own) return null;
  const better = values.filter((value) => (lowerIsBetter ? value.value < own.value : value.value > own.value));
  return { rank: better.length + 1, outOf: values.length };
}

/** The model's neighbours of a council, closest first, as the derived CSV lists them. */
export const neighboursInFile = (code: string) =>
  rowsOf(DFE_FILES.neighboursCsv)
    .filter((row) => row.la_code === code)
    .sort((a, b) => Number(a.rank) - Number(b.rank))
    .map((row) => row.neighbour_la_code ?? '');

/** An EES file's total rows ('All …' breakdown) of one level. */
export const eesTotals = (file: string, level: string) =>
  rowsOf(file).filter((row) => row.geographic_level === level && (row.breakdown_topic ?? '').startsWith('All '));

/** The model's neighbours of a council as the DfE's workbook lists them: its row's SN1 … SN10, in order. */
export async function neighboursInXlsx(code: string): Promise<string[]> {
  const [sheet] = await readXlsxFile(readFileSync(dataPath(DFE_FILES.neighboursXlsx)));
  const rows = sheet?.data ?? [];
  const header = rows.find((row) => row.includes('LA num')) ?? [];
  const row = rows.find((candidate) => String(candidate[header.indexOf('LA num')]) === code) ?? [];
  return Array.from({ length: 10 }, (_, at) => String(row[header.indexOf(`SN${at + 1}`)]));
}
