// What the two register templates (IQM awards, partnerships) share: template columns mapped to the mutation's
// input fields, so a rejected row names the template's column, and values written the way people write them.
import { DomainError } from '../core/errors.js';
import type { RowReject } from './parsers/csv-stream.js';

/** Template column → the input field it fills. */
export type ColumnMap = Record<string, string>;

/** The rejection for a row whose input the domain refused: the column of the first field its message names. */
export function rejectOf(line: number, error: unknown, columns: ColumnMap): RowReject {
  if (!(error instanceof DomainError)) throw error;
  const problems = Array.isArray(error.details?.problems) ? (error.details.problems as string[]) : [error.message];
  const first = problems[0] ?? error.message;
  const field = first.split(':')[0]?.split('.')[0] ?? '';
  const column = Object.entries(columns).find(([, name]) => name === field)?.[0] ?? 'row';
  return { line, column, reason: problems.join('; ').slice(0, 300) };
}

/** "Yes"/"No" (any case, or Y/N, true/false); blank is `fallback`. */
export function yesNo(text: string, fallback: boolean): boolean | string {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (['yes', 'y', 'true'].includes(value)) return true;
  if (['no', 'n', 'false'].includes(value)) return false;
  return text;
}

/** A value written as its label (e.g. "Centre of Excellence") or its code (CENTRE_OF_EXCELLENCE). */
export function codeOf<T extends string>(text: string, labels: Record<T, string>): T | string {
  const value = text.trim();
  const folded = value.toLowerCase();
  const found = (Object.entries(labels) as [T, string][]).find(
    ([code, label]) => code.toLowerCase() === folded || label.toLowerCase() === folded,
  );
  return found?.[0] ?? value;
}

export const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The two columns every register row ends with: REAL or ILLUSTRATIVE (blank is REAL), and where it comes from. */
export const provenanceAndSource = (cell: (column: string) => string) => ({
  provenance: blankToNull(cell('Provenance'))?.toUpperCase() ?? null,
  source: blankToNull(cell('Source')),
});
