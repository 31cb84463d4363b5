// The as-at date of a published file, read from its name as GIAS and Ofsted name their downloads
// (..._2025-08-31.csv.gz, edubasealldata20250422.csv, ..._2025-09.csv); the load day when the name says nothing.
import type { DataSourceRecord } from './records.js';

export function asAtOfFile(file: string, loadedOn: string): string {
  const name = file.split('/').at(-1) ?? file;
  const day = /(\d{4})-(\d{2})-(\d{2})/.exec(name) ?? /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(name);
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  const month = /(?<!\d)(\d{4})-(\d{2})(?![\d-])/.exec(name);
  return month ? `${month[1]}-${month[2]}` : loadedOn;
}

export function dataSource(kind: string, file: string, rows: number, loadedAt: string): DataSourceRecord {
  return { kind, file: file.split('/').at(-1) ?? file, asAt: asAtOfFile(file, loadedAt.slice(0, 10)), loadedAt, rows };
}
