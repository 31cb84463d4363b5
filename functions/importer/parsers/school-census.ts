// The DfE's school-level January census files, streamed: a URN and any of pupils, SEN support, EHC plans and FSM %,
// under the column names the DfE publishes them with (the SEN release's `Total pupils` / `total_pupils`, `SEN
// support`, `EHC plan`; "Schools, pupils and their characteristics"' `headcount of pupils` and `% of pupils known to
// be eligible for free school meals`, or `fsm_prop`). A file carries some of them; the rest are left as held.
// Suppressed or not applicable cells (x, c, z, -, empty) are unknown, never zero; text in a number, a negative
// count, a percentage over 100 or more pupils with SEN than on roll is a rejected row with its reason.
import type { Readable } from 'node:stream';
import type { CensusFigures } from '../../core/census.js';
import { URN_FORMAT } from '../../core/identifiers.js';
import { CellError, type Cells, quoted, type StreamedRow, streamCsvRows } from './csv-stream.js';

export interface CensusRow {
  urn: string;
  figures: CensusFigures;
}

type Figure = keyof CensusFigures;

/** Published names of each column, compared without case, spaces or underscores. */
const NAMES: Record<'urn' | Figure, readonly string[]> = {
  urn: ['urn'],
  pupils: ['total pupils', 'headcount of pupils'],
  senSupport: ['sen support'],
  ehcPlans: ['ehc plan'],
  fsmPercent: ['fsm prop', '% of pupils known to be eligible for free school meals'],
};

const normalised = (column: string) => column.toLowerCase().replaceAll('_', ' ').replace(/\s+/g, ' ').trim();

/** Cells the DfE uses for a figure it does not give: suppressed (c, x), not applicable (z), not available (-). */
const SUPPRESSED = new Set(['', 'x', 'c', 'z', '-', ':', 'u', 'low']);

/** The file's columns for each figure it carries, from its header; refused whole when it carries no URN or figure. */
export function censusColumns(header: readonly string[], name: string): Partial<Record<'urn' | Figure, string>> {
  const found: Partial<Record<'urn' | Figure, string>> = {};
  for (const column of header) {
    const field = (Object.keys(NAMES) as ('urn' | Figure)[]).find((key) => NAMES[key].includes(normalised(column)));
    if (field && !found[field]) found[field] = column;
  }
  if (!found.urn) throw new Error(`${name} is not a school-level census file: it has no urn column`);
  if (Object.keys(found).length === 1)
    throw new Error(
      `${name} is not a school-level census file: it has none of the columns total_pupils, sen_support, ehc_plan, ` +
        'fsm_prop (or their published names, e.g. "Total pupils", "% of pupils known to be eligible for free ' +
        'school meals")',
    );
  return found;
}

function count(cell: Cells, column: string): number | null {
  const text = cell(column).replaceAll(',', '');
  if (SUPPRESSED.has(text.toLowerCase())) return null;
  if (!/^-?\d+$/.test(text)) throw new CellError(column, `expected a whole number of pupils, got ${quoted(text)}`);
  const value = Number(text);
  if (value < 0) throw new CellError(column, `a number of pupils cannot be negative, got ${text}`);
  return value;
}

function percent(cell: Cells, column: string): number | null {
  const text = cell(column);
  if (SUPPRESSED.has(text.toLowerCase())) return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new CellError(column, `expected a percentage, got ${quoted(text)}`);
  const value = Number(text);
  if (value < 0 || value > 100) throw new CellError(column, `a percentage is from 0 to 100, got ${text}`);
  // As published, one decimal; float noise in a re-saved file is rounded away.
  return Math.round(value * 10) / 10;
}

function rowOf(cell: Cells, columns: Partial<Record<'urn' | Figure, string>>): CensusRow {
  const urnColumn = columns.urn ?? 'urn';
  const urn = cell(urnColumn);
  if (!URN_FORMAT.test(urn)) throw new CellError(urnColumn, `expected a six-digit URN, got ${quoted(urn)}`);
  const figures: CensusFigures = {};
  if (columns.pupils) figures.pupils = count(cell, columns.pupils);
  if (columns.senSupport) figures.senSupport = count(cell, columns.senSupport);
  if (columns.ehcPlans) figures.ehcPlans = count(cell, columns.ehcPlans);
  if (columns.fsmPercent) figures.fsmPercent = percent(cell, columns.fsmPercent);
  const { pupils, senSupport, ehcPlans } = figures;
  if (typeof pupils === 'number') {
    const withSen = (senSupport ?? 0) + (ehcPlans ?? 0);
    if (withSen > pupils)
      throw new CellError(
        columns.senSupport ?? columns.ehcPlans ?? urnColumn,
        `pupils with SEN support (${senSupport ?? 'unknown'}) and EHC plans (${ehcPlans ?? 'unknown'}) ` +
          `outnumber the pupils on roll (${pupils})`,
      );
  }
  return { urn, figures };
}

export function readSchoolCensus(source: Readable, name: string): AsyncGenerator<StreamedRow<CensusRow>> {
  let columns: Partial<Record<'urn' | Figure, string>> = {};
  return streamCsvRows(
    source,
    name,
    {
      what: 'a school-level census file',
      columns: [],
      kind: 'school-census',
      checkHeader: (header) => {
        columns = censusColumns(header, name);
      },
    },
    (cell) => rowOf(cell, columns),
  );
}
