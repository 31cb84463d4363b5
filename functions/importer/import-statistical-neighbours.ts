// Imports the DfE's statistical neighbour model (its CSV or its .xlsx): each council's neighbours, closest first,
// with their names as Beacon holds them, into the council's comparison item (beside its region). A council or a
// neighbour Beacon does not hold (the model still lists five former councils) rejects its row with the reason; a
// re-import writes nothing. Counts are of councils.
import { isDeepStrictEqual } from 'node:util';
import { dataSource } from '../core/data-source.js';
import { notHeldReason, regionOfLocalAuthority } from '../core/indicators/areas.js';
import type { LocalAuthorityComparisonRecord } from '../core/indicators/views.js';
import { openImportStore, type StoreConfig } from '../store/index.js';
import type { StreamedRow } from './parsers/csv-stream.js';
import type { NeighbourRow } from './parsers/statistical-neighbours.js';
import { type ImportReport, newReport } from './report.js';

export async function importStatisticalNeighbours(
  config: StoreConfig,
  name: string,
  rows: AsyncIterable<StreamedRow<NeighbourRow>>,
): Promise<ImportReport> {
  const report = newReport('statistical-neighbours', name);
  const read: { line: number; row: NeighbourRow }[] = [];
  for await (const row of rows) {
    report.rows += 1;
    if ('reject' in row) report.rejected.push(row.reject);
    else read.push({ line: row.line, row: row.value });
  }
  const store = openImportStore(config);
  const held = await store.localAuthorities.read(read.flatMap(({ row }) => [row.code, row.neighbour]));
  const xlsx = name.toLowerCase().endsWith('.xlsx');
  const byLocalAuthority = new Map<string, NeighbourRow[]>();
  for (const { line, row } of read) {
    const missing = [row.code, row.neighbour].find((code) => !held.has(code));
    if (missing !== undefined) {
      const column =
        missing === row.code ? (xlsx ? 'LA num' : 'la_code') : xlsx ? `SN${row.rank}` : 'neighbour_la_code';
      report.rejected.push({ line, column, reason: notHeldReason(missing) });
      continue;
    }
    byLocalAuthority.set(row.code, [...(byLocalAuthority.get(row.code) ?? []), row]);
  }
  report.rejected.sort((a, b) => a.line - b.line);

  // Counts of each council's last merge: a merge redone on a fresh read (another import wrote the item) recounts.
  const outcomes = new Map<string, 'added' | 'changed' | 'unchanged'>();
  const writes = await store.indicators.mergeComparisons(byLocalAuthority.keys(), (code, before) => {
    const neighbours = byLocalAuthority.get(code) ?? [];
    const region = before?.region ?? regionOfLocalAuthority(neighbours[0]?.region ?? '');
    const record: LocalAuthorityComparisonRecord = {
      code,
      neighbours: [...neighbours]
        .sort((a, b) => a.rank - b.rank)
        .map((row) => ({
          code: row.neighbour,
          name: held.get(row.neighbour)?.name ?? row.neighbour,
          rank: row.rank,
          closeness: row.closeness,
        })),
      ...(region ? { region: { code: region.code, name: region.name } } : {}),
    };
    const unchanged = before !== undefined && isDeepStrictEqual(before, record);
    outcomes.set(code, unchanged ? 'unchanged' : before?.neighbours.length ? 'changed' : 'added');
    return unchanged ? null : record;
  });
  for (const outcome of outcomes.values()) report[outcome] += 1;
  if (writes.length > 0)
    await store.sources.record(dataSource('statistical-neighbours', name, report.rows, new Date().toISOString()));
  return report;
}
