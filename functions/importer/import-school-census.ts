// Imports a DfE school-level January census file (the SEN release's, the "Schools, pupils and their
// characteristics" one, or any file with a URN and some of their columns): each school Beacon holds takes the figures
// the file carries, under the census day the import was told or its name says; figures it does not carry stay as
// held. A school whose figures are already as stated writes nothing, so a re-import reports every row unchanged.
import type { Readable } from 'node:stream';
import {
  type CensusFigure,
  type CensusFigures,
  censusDayOfName,
  censusPeriodLabel,
  isCalendarDay,
} from '../core/census.js';
import { dataSource } from '../core/data-source.js';
import type { IsoDate } from '../core/records.js';
import { type CensusUpdate, openImportStore, type StoreConfig } from '../store/index.js';
import { ImportRefused } from './limits.js';
import { readSchoolCensus } from './parsers/school-census.js';
import { type ImportReport, newReport } from './report.js';

const ROWS_PER_CHUNK = 5000;

export interface CensusImportReport extends ImportReport {
  /** The census day the figures are for, and what said so (the option, the folder, the file's name). */
  census: { asAt: IsoDate; periodLabel: string; from: string; figures: CensusFigure[] };
  /** URNs Beacon does not hold: listed, nothing written for them. */
  notHeld: string[];
  /** Schools holding a newer census than the file's: left as they are (counted as unchanged too). */
  newerHeld: string[];
}

export interface CensusImportOptions {
  /** The census day, e.g. 2023-01-19: over what the file's name or folder says. */
  censusDate?: string;
  clock?: () => Date;
  onProgress?: (rows: number) => void;
}

/** The census day to use, and what said so; refused whole, before reading, when nothing does. */
export function censusDayFor(name: string, censusDate: string | undefined): { day: IsoDate; from: string } {
  if (censusDate !== undefined) {
    if (!isCalendarDay(censusDate))
      throw new ImportRefused(`--census-date must be a day written YYYY-MM-DD, e.g. 2023-01-19; got "${censusDate}"`);
    return { day: censusDate, from: 'the census date given' };
  }
  const named = censusDayOfName(name);
  if (named) return named;
  throw new ImportRefused(
    `${name}: say which census it is: --census-date 2023-01-19, an upload under imports/school-census/2023-01-19/, ` +
      'or a file name with its academic year (e.g. _2022-23_ for the January 2023 census)',
  );
}

const FIGURE_OF: Record<keyof CensusFigures, CensusFigure> = {
  pupils: 'PUPILS',
  senSupport: 'SEN_SUPPORT',
  ehcPlans: 'EHC_PLANS',
  fsmPercent: 'FSM_PERCENT',
};

export async function importSchoolCensus(
  config: StoreConfig,
  source: Readable,
  name: string,
  options: CensusImportOptions = {},
): Promise<CensusImportReport> {
  const clock = options.clock ?? (() => new Date());
  const { day, from } = censusDayFor(name, options.censusDate);
  const file = name.split('/').at(-1) ?? name;
  const report: CensusImportReport = {
    ...newReport('school-census', name),
    census: { asAt: day, periodLabel: censusPeriodLabel(day), from, figures: [] },
    notHeld: [],
    newerHeld: [],
  };
  const store = openImportStore(config);
  const context = {
    actor: 'census-import',
    action: 'importSchoolCensus',
    source: `DfE school census file ${file} (${censusPeriodLabel(day)})`,
    now: () => clock().toISOString(),
  };
  const firstLine = new Map<string, number>();
  let chunk: CensusUpdate[] = [];
  const flush = async () => {
    const outcome = await store.schools.importCensus(chunk, day, context);
    const first = new Set(outcome.firstCensus);
    for (const result of outcome.results) {
      if (result.outcome === 'updated') report[first.has(result.urn) ? 'added' : 'changed'] += 1;
      else if (result.outcome === 'conflict')
        report.rejected.push({
          line: firstLine.get(result.urn) ?? 0,
          column: 'urn',
          reason: `School ${result.urn} is being changed by someone else right now; please try again.`,
        });
    }
    report.notHeld.push(...outcome.notHeld);
    report.newerHeld.push(...outcome.newerHeld);
    report.unchanged += outcome.results.filter((result) => result.outcome === 'unchanged').length;
    options.onProgress?.(report.rows);
    chunk = [];
  };
  for await (const row of readSchoolCensus(source, name)) {
    report.rows += 1;
    if ('reject' in row) {
      report.rejected.push(row.reject);
      continue;
    }
    const { urn, figures } = row.value;
    const earlier = firstLine.get(urn);
    if (earlier !== undefined) {
      report.rejected.push({ line: row.line, column: 'urn', reason: `URN ${urn} is listed again (line ${earlier})` });
      continue;
    }
    firstLine.set(urn, row.line);
    if (report.census.figures.length === 0)
      report.census.figures = (Object.keys(figures) as (keyof typeof FIGURE_OF)[]).map((field) => FIGURE_OF[field]);
    chunk.push({ urn, figures });
    if (chunk.length >= ROWS_PER_CHUNK) await flush();
  }
  await flush();
  // Schools not held were counted as unchanged by the bulk update; they are listed apart.
  report.unchanged -= report.notHeld.length;
  if (report.added + report.changed > 0) await recordSources(config, report, name, clock);
  return report;
}

/** The file becomes the source of the figures it carries, as at its census day. */
async function recordSources(config: StoreConfig, report: CensusImportReport, name: string, clock: () => Date) {
  const store = openImportStore(config);
  const { figures, asAt } = report.census;
  const kinds = [
    ...(figures.some((figure) => figure !== 'FSM_PERCENT') ? ['school-census-sen'] : []),
    ...(figures.includes('FSM_PERCENT') ? ['school-census-fsm'] : []),
  ];
  for (const kind of kinds)
    await store.sources.record({ ...dataSource(kind, name, report.rows, clock().toISOString()), asAt });
}
