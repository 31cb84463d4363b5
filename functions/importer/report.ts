// What every import answers with: the rows it read, what they added, changed or left as they were, and each
// rejected row with its line, column and reason. Kinds with more to say extend it.
import type { RowReject } from './parsers/csv-stream.js';

export interface ImportReport {
  kind: string;
  file: string;
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  rejected: RowReject[];
}

/** A report with nothing counted yet. */
export const newReport = (kind: string, file: string): ImportReport => ({
  kind,
  file,
  rows: 0,
  added: 0,
  changed: 0,
  unchanged: 0,
  rejected: [],
});
