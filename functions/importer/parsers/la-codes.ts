// GIAS's list of English local authorities (LA name, GIAS LA code, ONS code), streamed: each row is a current
// council or a reject naming its column and reason. Pre-LGR authorities are history, not councils, and are
// refused with that reason.
import type { Readable } from 'node:stream';
import { IDENTIFIER_PATTERNS } from '../../core/identifiers.js';
import type { LocalAuthorityRecord } from '../../core/records.js';
import { CellError, type Cells, quoted, type StreamedRow, streamCsvRows } from './csv-stream.js';

const COLUMNS = {
  name: 'English local authority (LA) name',
  code: 'Get Information about Schools (GIAS) local authority (LA) code',
  onsCode:
    'Office for National Statistics (ONS) local authority (LA) code (also known as Government Statistical Service ' +
    '(GSS) local authority (LA) code on GIAS)',
} as const;

const LA_CODE = new RegExp(`^${IDENTIFIER_PATTERNS.laCode}$`);
const HISTORIC = /^Pre[ -]LGR\b/;
/** GIAS writes X999999 where an authority has no ONS code. */
const NO_ONS_CODE = 'X999999';

function localAuthorityOf(cell: Cells): LocalAuthorityRecord {
  const name = cell(COLUMNS.name);
  if (name === '') throw new CellError(COLUMNS.name, 'must not be empty');
  if (HISTORIC.test(name)) throw new CellError(COLUMNS.name, 'a pre-LGR authority: history, not a current council');
  const code = cell(COLUMNS.code);
  if (!LA_CODE.test(code))
    throw new CellError(COLUMNS.code, `expected a three-digit GIAS LA code, got ${quoted(code)}`);
  const onsCode = cell(COLUMNS.onsCode);
  if (onsCode !== NO_ONS_CODE && !/^E\d{8}$/.test(onsCode)) {
    throw new CellError(COLUMNS.onsCode, `expected an ONS code such as E08000011, got ${quoted(onsCode)}`);
  }
  return { code, name, ...(onsCode === NO_ONS_CODE ? {} : { onsCode }) };
}

export function readLaCodes(source: Readable, name: string): AsyncGenerator<StreamedRow<LocalAuthorityRecord>> {
  return streamCsvRows(
    source,
    name,
    { what: 'a GIAS LA codes file', columns: Object.values(COLUMNS), kind: 'la-codes' },
    localAuthorityOf,
  );
}
