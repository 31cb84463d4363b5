// The real 20-row GIAS establishment extract, and variants of it (a cell changed, a column dropped, a row added)
// written back out as GIAS publishes: Windows-1252 with every field quoted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { decodeWindows1252 } from '../../functions/importer/parsers/gias-text.js';

export const SAMPLE_NAME = 'edubasealldata20181029_sample20.csv';
export const SAMPLE_PATH = fileURLToPath(new URL(`../fixtures/gias/${SAMPLE_NAME}`, import.meta.url));

export function sampleBytes(): Uint8Array {
  return readFileSync(SAMPLE_PATH);
}

export interface Extract {
  header: string[];
  rows: string[][];
}

export function sampleExtract(): Extract {
  const [header, ...rows] = parse(decodeWindows1252(sampleBytes())) as string[][];
  if (!header) throw new Error('empty sample');
  return { header, rows };
}

/** The extract with `column` of the row for `urn` set to `value`. */
export function withCell(extract: Extract, urn: string, column: string, value: string): Extract {
  const index = extract.header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return {
    header: extract.header,
    rows: extract.rows.map((row) => (row[0] === urn ? row.map((cell, at) => (at === index ? value : cell)) : row)),
  };
}

export function withoutColumn(extract: Extract, column: string): Extract {
  const index = extract.header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  const drop = (row: string[]) => row.filter((_, at) => at !== index);
  return { header: drop(extract.header), rows: extract.rows.map(drop) };
}

const HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const high = HIGH.indexOf(char);
    if (high >= 0) return 0x80 + high;
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`"${char}" has no Windows-1252 byte`);
    return code;
  });
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
  return `${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

export function extractBytes(extract: Extract): Uint8Array {
  return encodeWindows1252(csvText(extract.header, extract.rows));
}
