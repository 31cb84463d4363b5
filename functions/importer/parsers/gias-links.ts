// GIAS's "establishment links" download (links_edubasealldata*.csv, Windows-1252), streamed: one link per row,
// predecessor or successor, with the date it was made; other link types (sixth-form centre, amalgamation) are kept
// out of lineage but not rejected. A bad row is rejected with its column and reason.
import type { Readable } from 'node:stream';
import { URN_FORMAT } from '../../core/identifiers.js';
import type { SchoolLinkRecord } from '../../core/records.js';
import { CellError, type Cells, quoted, type StreamedRow, streamCsvRows } from './csv-stream.js';
import { isoFromGiasDate } from './gias-text.js';

export interface GiasLink {
  urn: string;
  direction: 'predecessor' | 'successor' | 'other';
  link: SchoolLinkRecord;
}

const COLUMNS = ['URN', 'LinkURN', 'LinkName', 'LinkType', 'LinkEstablishedDate'] as const;

function urn(cell: Cells, column: string): string {
  const text = cell(column);
  if (!URN_FORMAT.test(text)) throw new CellError(column, `expected a six-digit URN, got ${quoted(text)}`);
  return text;
}

function linkOf(cell: Cells): GiasLink {
  const name = cell('LinkName');
  const linkType = cell('LinkType');
  if (!name) throw new CellError('LinkName', 'must not be empty');
  if (!linkType) throw new CellError('LinkType', 'must not be empty');
  const dateText = cell('LinkEstablishedDate');
  const linkedOn = dateText ? isoFromGiasDate(dateText) : undefined;
  if (linkedOn === null)
    throw new CellError('LinkEstablishedDate', `expected a date written DD-MM-YYYY, got ${quoted(dateText)}`);
  const direction = linkType.startsWith('Predecessor')
    ? 'predecessor'
    : linkType.startsWith('Successor')
      ? 'successor'
      : 'other';
  return {
    urn: urn(cell, 'URN'),
    direction,
    link: { urn: urn(cell, 'LinkURN'), name, linkType, ...(linkedOn ? { linkedOn } : {}) },
  };
}

export function readGiasLinks(source: Readable, name: string): AsyncGenerator<StreamedRow<GiasLink>> {
  return streamCsvRows(
    source,
    name,
    { what: "GIAS's establishment links download", columns: COLUMNS, kind: 'gias-links', encoding: 'windows-1252' },
    linkOf,
  );
}
