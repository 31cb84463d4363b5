// Imports a GIAS "all establishment data" extract: each school's GIAS facts are created or updated, its records
// and summary are left alone. Shared by the S3-triggered Lambda and the local CLI.

import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import pMap from 'p-map';
import { importOrigin } from '../core/change-feed.js';
import { dataSource } from '../core/data-source.js';
import { DomainError } from '../core/errors.js';
import { schoolUpsertFromInput } from '../core/reference-input.js';
import {
  type FactsImportContext,
  openImportStore,
  SCHOOL_FACT_FIELDS,
  type SchoolFacts,
  type SchoolFactsUpdate,
  type StoreConfig,
} from '../store/index.js';
import type { RowReject } from './parsers/csv-stream.js';
import {
  ESTABLISHMENT_COLUMNS,
  type EstablishmentRow,
  type RowProblem,
  readEstablishments,
} from './parsers/establishments.js';
import type { ImportReport } from './report.js';

export const IMPORT_ACTOR = 'gias-import';
export const IMPORT_ACTION = 'importGias';

/** Schools read per BatchGetItem (its limit) and so per write round. */
const CHUNK = 100;
const CHUNKS_AT_ONCE = 2;

export interface EstablishmentImportOptions {
  /** How many problems the result lists (all are counted). Default 50. */
  maxProblems?: number;
  /** Schools written at once per chunk of 100. Default 8 (so 16 in flight). */
  concurrency?: number;
  clock?: () => Date;
}

/**
 * The one import report (`rejected` lists the first `maxProblems` rows not applied, by line, each with its URN),
 * with what only a GIAS extract has to say: `rows` is added + changed + unchanged + notYetOpen + skipped.
 */
export interface EstablishmentImportResult extends ImportReport {
  /** "Proposed to open" establishments: imported once GIAS lists them as open. */
  notYetOpen: number;
  /** Rows not applied, all counted (an extract can have thousands; `rejected` lists the first few). */
  skipped: number;
  /** Writes that found the school changed since it was read, then re-read and reapplied. */
  staleWrites: number;
  /** Facts imported but not resolvable in Beacon, e.g. a trust it does not hold (the first `maxProblems`). */
  warnings: string[];
}

class RowRejected extends Error {}

// A GIAS problem names its column in its reason; the URN says which school the row was.
const rowReject = ({ line, urn, reason }: RowProblem): RowReject => ({
  line,
  column: '',
  reason,
  ...(urn ? { urn } : {}),
});

function factsOf(row: EstablishmentRow): SchoolFacts {
  if (row.status === 'Closed' && !row.closedOn) {
    throw new RowRejected(
      `column "${ESTABLISHMENT_COLUMNS.status}" is "Closed" but "${ESTABLISHMENT_COLUMNS.closedOn}" is blank`,
    );
  }
  try {
    // The upsertSchool mutation's rules (lengths, postcode, dates in order), so an import stores nothing it would
    // refuse.
    const upsert = schoolUpsertFromInput({
      urn: row.urn,
      name: row.name,
      localAuthorityCode: row.laCode,
      trustUid: row.trustUid,
      phase: row.phase,
      type: row.type,
      administrativeDistrict: row.administrativeDistrict,
      town: row.town,
      postcode: row.postcode,
      openedOn: row.openedOn,
      // A CloseDate of a school still open is a plan, not a fact: the school stays listed until GIAS closes it.
      closedOn: row.status === 'Closed' ? row.closedOn : undefined,
    });
    const record = upsert.apply(null);
    return Object.fromEntries(SCHOOL_FACT_FIELDS.map((field) => [field, record[field]])) as SchoolFacts;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const problems = error.details?.problems;
    throw new RowRejected(Array.isArray(problems) ? problems.join('; ') : error.message);
  }
}

export async function importEstablishments(
  config: StoreConfig,
  /** The file's bytes, or a stream of them (read under the kind's limits either way). */
  file: { name: string; bytes: Uint8Array } | { name: string; source: Readable },
  options: EstablishmentImportOptions = {},
): Promise<EstablishmentImportResult> {
  const store = openImportStore(config);
  const clock = options.clock ?? (() => new Date());
  const parsed = await readEstablishments(file.name, 'source' in file ? file.source : file.bytes);
  const problems: RowProblem[] = [...parsed.problems];
  const reject = (row: EstablishmentRow, reason: string) =>
    problems.push({ file: file.name, line: row.line, urn: row.urn, reason });

  let notYetOpen = 0;
  const candidates: { row: EstablishmentRow; update: SchoolFactsUpdate }[] = [];
  for (const row of parsed.rows) {
    if (row.status === 'Proposed to open') {
      notYetOpen += 1;
      continue;
    }
    try {
      const update: SchoolFactsUpdate = {
        urn: row.urn,
        facts: factsOf(row),
        // An extract carries no joined date: that comes with the group membership file.
        keep: parsed.hasTrustColumn ? ['trustJoinedOn'] : ['trustUid', 'trustJoinedOn'],
      };
      candidates.push({ row, update });
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      reject(row, error.message);
    }
  }

  // A school belongs to a council Beacon holds; a row naming another is not imported.
  const localAuthorities = await store.localAuthorities.held(candidates.map(({ row }) => row.laCode));
  const accepted = candidates.filter(({ row }) => {
    if (localAuthorities.has(row.laCode)) return true;
    reject(
      row,
      `LA code ${row.laCode} is not a council Beacon holds (add it with upsertLocalAuthority, then import again)`,
    );
    return false;
  });

  const warnings: string[] = [];
  const trustRows = new Map<string, EstablishmentRow>();
  for (const { row } of accepted) if (row.trustUid && !trustRows.has(row.trustUid)) trustRows.set(row.trustUid, row);
  const trusts = await store.trusts.read(trustRows.keys());
  for (const [uid, row] of trustRows) {
    if (!trusts.has(uid)) {
      warnings.push(
        `trust ${uid} (first on line ${row.line}, URN ${row.urn}) is not held by Beacon: its schools show no trust ` +
          `until it is added with upsertTrust`,
      );
    }
  }

  const source = `GIAS file ${posix.basename(file.name)}`;
  const context: FactsImportContext = {
    actor: IMPORT_ACTOR,
    action: IMPORT_ACTION,
    source,
    now: () => clock().toISOString(),
    origin: importOrigin('gias-establishments', file.name, clock().toISOString()),
    trustNames: (uid) => trusts.get(uid)?.name,
  };
  const chunks: (typeof accepted)[] = [];
  for (let start = 0; start < accepted.length; start += CHUNK) chunks.push(accepted.slice(start, start + CHUNK));
  const results = (
    await pMap(
      chunks,
      async (chunk) => {
        const outcomes = await store.schools.importFacts(
          chunk.map(({ update }) => update),
          context,
          {
            concurrency: options.concurrency ?? 8,
          },
        );
        return outcomes.map((outcome, index) => ({ ...outcome, row: chunk[index]?.row }));
      },
      { concurrency: CHUNKS_AT_ONCE },
    )
  ).flat();

  const count = (outcome: string) => results.filter((result) => result.outcome === outcome).length;
  for (const result of results) {
    if (result.outcome === 'conflict' && result.row) {
      reject(
        result.row,
        `the school kept changing while it was imported (${result.staleWrites} stale writes); not updated, import ` +
          `the file again`,
      );
    }
  }
  if (results.some((result) => result.outcome !== 'unchanged'))
    await store.sources.record(dataSource('gias-establishments', file.name, parsed.rowCount, new Date().toISOString()));
  problems.sort((a, b) => a.line - b.line);
  const limit = options.maxProblems ?? 50;
  return {
    kind: 'gias-establishments',
    file: file.name,
    rows: parsed.rowCount,
    added: count('created'),
    changed: count('updated'),
    unchanged: count('unchanged'),
    rejected: problems.slice(0, limit).map(rowReject),
    notYetOpen,
    skipped: problems.length,
    staleWrites: results.reduce((sum, result) => sum + result.staleWrites, 0),
    warnings:
      warnings.length > limit ? [...warnings.slice(0, limit), `... and ${warnings.length - limit} more`] : warnings,
  };
}
