// Imports indicator figures (LAIT's long file, an Explore Education Statistics file): each figure merged into its
// indicator's item with every area's series, ranks recomputed over councils, and an item written only when its
// figures changed, so a re-import writes nothing and reports every figure unchanged. A figure for an area Beacon
// does not hold (a former council, an unknown code) rejects its row with the reason. Counts are of figures.
import { isDeepStrictEqual } from 'node:util';
import { importOrigin } from '../core/change-record.js';
import { dataSource } from '../core/data-source.js';
import { figureChanges, gainedPeriods } from '../core/figure-changes.js';
import { isAreaBeyondLocalAuthorities, notHeldReason, regionOfLocalAuthority } from '../core/indicators/areas.js';
import { indicatorById } from '../core/indicators/catalogue.js';
import { periodEnd } from '../core/indicators/periods.js';
import {
  type IncomingCells,
  type IndicatorSeriesRecord,
  type MergeCounts,
  mergeSeries,
} from '../core/indicators/series.js';
import { openImportStore, type StoreConfig } from '../store/index.js';
import type { StreamedRow } from './parsers/csv-stream.js';
import type { IndicatorFigure } from './parsers/la-indicators.js';
import { type ImportReport, newReport } from './report.js';

export interface IndicatorImportReport extends ImportReport {
  /** Indicators whose figures the file carries. */
  indicators: string[];
  /** Councils whose region was set or changed (LAIT's file names each council's region). */
  regions: number;
}

type Located = IndicatorFigure & { line: number };

const PROGRESS_EVERY = 5_000;

async function collect(
  rows: AsyncIterable<StreamedRow<IndicatorFigure | IndicatorFigure[]>>,
  report: ImportReport,
  onProgress?: (rows: number) => void,
): Promise<Located[]> {
  const figures: Located[] = [];
  for await (const row of rows) {
    report.rows += 1;
    if (report.rows % PROGRESS_EVERY === 0) onProgress?.(report.rows);
    if ('reject' in row) report.rejected.push(row.reject);
    else for (const figure of [row.value].flat()) figures.push({ ...figure, line: row.line });
  }
  onProgress?.(report.rows);
  return figures;
}

// DynamoDB does not keep a map's key order, so records are compared by value.
const sameRecord = (a: IndicatorSeriesRecord | undefined, b: IndicatorSeriesRecord) =>
  a !== undefined && isDeepStrictEqual(a, b);

/** Councils' regions as the file names them, written where they are new or changed. */
async function setRegions(store: ReturnType<typeof openImportStore>, regions: Map<string, string>): Promise<number> {
  const written = await store.indicators.mergeComparisons(regions.keys(), (code, before) => {
    const region = regionOfLocalAuthority(regions.get(code) ?? '');
    if (!region || before?.region?.code === region.code) return null;
    return { code, neighbours: before?.neighbours ?? [], region: { code: region.code, name: region.name } };
  });
  return written.length;
}

export async function importIndicatorFigures(
  config: StoreConfig,
  kind: 'la-indicators' | 'ees',
  name: string,
  rows: AsyncIterable<StreamedRow<IndicatorFigure | IndicatorFigure[]>>,
  onProgress?: (rows: number) => void,
): Promise<IndicatorImportReport> {
  const report: IndicatorImportReport = { ...newReport(kind, name), indicators: [], regions: 0 };
  const figures = await collect(rows, report, onProgress);
  const store = openImportStore(config);
  const localAuthorityCodes = new Set(
    figures.flatMap((figure) => (isAreaBeyondLocalAuthorities(figure.code) ? [] : [figure.code])),
  );
  const held = await store.localAuthorities.held(localAuthorityCodes);
  const column = kind === 'ees' ? 'old_la_code' : 'la_code';
  const rejectedLines = new Set<number>();
  const incoming = new Map<string, IncomingCells>();
  const regions = new Map<string, string>();
  for (const figure of figures) {
    if (!isAreaBeyondLocalAuthorities(figure.code) && !held.has(figure.code)) {
      if (!rejectedLines.has(figure.line))
        report.rejected.push({ line: figure.line, column, reason: notHeldReason(figure.code) });
      rejectedLines.add(figure.line);
      continue;
    }
    const cells = incoming.get(figure.indicator) ?? new Map();
    incoming.set(figure.indicator, cells);
    const area = cells.get(figure.code) ?? new Map();
    cells.set(figure.code, area.set(figure.period, figure.cell));
    if (figure.region && !isAreaBeyondLocalAuthorities(figure.code)) regions.set(figure.code, figure.region);
  }
  report.rejected.sort((a, b) => a.line - b.line);
  report.indicators = [...incoming.keys()];

  const isLocalAuthority = (code: string) => !isAreaBeyondLocalAuthorities(code);
  // Counts of each indicator's last merge: a merge redone on a fresh read (another import wrote the item) recounts.
  const countsById = new Map<string, MergeCounts>();
  // What each indicator held before its last merge: the periods each council gains are told from it.
  const beforeById = new Map<string, IndicatorSeriesRecord | undefined>();
  const writes = await store.indicators.mergeSeries(incoming.keys(), (id, before) => {
    const indicator = indicatorById(id);
    const cells = incoming.get(id);
    if (!indicator || !cells) return null;
    const { record, counts } = mergeSeries(indicator, before, cells, kind, isLocalAuthority);
    countsById.set(id, counts);
    beforeById.set(id, before);
    return sameRecord(before, record) ? null : record;
  });
  for (const counts of countsById.values()) {
    report.added += counts.added;
    report.changed += counts.changed;
    report.unchanged += counts.unchanged;
  }
  report.regions = await setRegions(store, regions);
  // New periods, one change per council (and England) after the merges that landed them: only written indicators
  // count, and each change is an upsert by a stable id, so a re-import (which writes nothing) adds none.
  const written = new Map(writes.map((record) => [record.id, incoming.get(record.id) ?? new Map()]));
  const gains = gainedPeriods(written, beforeById);
  if (gains.size > 0) {
    await store.changes.record(figureChanges(kind, gains, importOrigin(kind, name, new Date().toISOString())));
  }
  if (writes.length > 0) {
    // A file of figures is as at its newest period (e.g. the January 2025 census), not the day it was loaded.
    const asAtOf = (record: IndicatorSeriesRecord) => {
      const indicator = indicatorById(record.id);
      const newest = record.periods.at(-1);
      return indicator && newest ? periodEnd(indicator.periodKind, newest) : '';
    };
    const source = dataSource(kind, name, report.rows, new Date().toISOString());
    await store.indicators.mergeSources(({ sources }) => {
      for (const record of writes) sources[record.id] = { ...source, asAt: asAtOf(record) || source.asAt };
      return { sources };
    });
    const newest = writes.map(asAtOf).sort().at(-1);
    await store.sources.record({ ...source, asAt: newest || source.asAt });
  }
  return report;
}
