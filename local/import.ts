// `npm run import -- <kind> FILE.csv [--endpoint URL] [--max-problems N]`: imports a file into the local Beacon with
// the code the S3-triggered Lambda runs. Kinds: `la-codes` (GIAS's council list), `gias-groups` (academies and their
// trusts), `gias-links` (establishment links), `ofsted-outcomes` (.csv or .csv.gz), `iqm-awards` and `partnerships`
// (Beacon's templates in data/templates), `school-census` (DfE school-level census figures; --census-date when the
// name does not say which census) and `gias-establishments` (a GIAS
// "all establishment data" extract, edubasealldata*.csv; also what a lone FILE means). Rejected rows go to
// FILE.rejects.csv (line, column, reason). Each kind is read as a stream under its size and line limits
// (functions/importer/kinds.ts); a missing, directory or unreadable path is refused in one line.
// Uses the DynamoDB Local of a running `npm start` when there is one; otherwise starts one on the same persisted
// data (.beacon/dynamodb), seeding it first if it is new (the import needs the councils).
import { constants, createReadStream } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { type ImportKind, importKinds } from '../functions/deployment.js';
import {
  checkFileSize,
  IMPORT_KINDS,
  type ImportOutcome,
  ImportRefused,
  type ImportReport,
  runImport,
  speakerFor,
} from '../functions/importer/kinds.js';
import { parseCommandLine } from './command-line.js';
import { progress } from './progress.js';
import { withLocalStore } from './running-instance.js';
import { terminalLog } from './terminal-log.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE =
  `Usage: npm run import -- [${importKinds.join('|')}] path/to/file.csv ` +
  '[--endpoint http://127.0.0.1:PORT] [--max-problems 50] [--council 886 (partnerships: speak for that council)] ' +
  '[--census-date 2023-01-19 (school-census)]';

function readOptions() {
  const { values, positionals, endpoint } = parseCommandLine(
    USAGE,
    {
      'max-problems': { type: 'string', default: '50' },
      // A partnerships register as that council's word, as an upload under imports/partnerships/la-886/ is;
      // without it the register is the operator's.
      council: { type: 'string' },
      // school-census: which January census the file is, when its name does not say (e.g. 2023-01-19).
      'census-date': { type: 'string' },
    },
    true,
  );
  const [first, second, ...extra] = positionals;
  const kind = second === undefined ? 'gias-establishments' : importKinds.find((candidate) => candidate === first);
  const file = second ?? first;
  if (!kind) throw new Error(`Unknown kind "${first}".\n${USAGE}`);
  if (!file || extra.length > 0) throw new Error(`Give a kind and one CSV file.\n${USAGE}`);
  const maxProblems = Number(values['max-problems']);
  if (!Number.isInteger(maxProblems) || maxProblems < 0)
    throw new Error(`--max-problems must be a whole number.\n${USAGE}`);
  const localAuthority = values.council ?? null;
  if (localAuthority !== null && (kind !== 'partnerships' || !/^\d{3}$/.test(localAuthority)))
    throw new Error(`--council takes a council's three-digit LA code, for a partnerships register.\n${USAGE}`);
  const censusDate = values['census-date'];
  if (censusDate !== undefined && kind !== 'school-census')
    throw new Error(`--census-date is for a school-census file.\n${USAGE}`);
  return { kind, file, maxProblems, localAuthority, endpoint, censusDate };
}

const started = Date.now();
const log = terminalLog();

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'not readable (permission denied)',
  EPERM: 'not readable (permission denied)',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'a loop of symbolic links',
};

/**
 * Refuses, in one line naming the path, a file that cannot be imported: missing, a directory, unreadable, or a
 * regular file over the kind's size limit (checked before reading; a pipe or device meets the limit as it is read).
 */
async function checkImportFile(file: string, kind: ImportKind): Promise<void> {
  try {
    const found = await stat(file);
    if (found.isDirectory()) throw new ImportRefused(`${file}: is a directory, not a file`);
    await access(file, constants.R_OK);
    if (found.isFile()) checkFileSize(kind, file, found.size);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code in REASONS) throw new ImportRefused(`${file}: ${REASONS[code]}`);
    throw error;
  }
}

/** Rows in the file (lines after the header), for the progress bar's total; a .gz file is counted unpacked. */
async function countRows(file: string, kind: ImportKind): Promise<number> {
  let lines = 0;
  const bytes = IMPORT_KINDS[kind].bytes(createReadStream(file), file);
  for await (const chunk of bytes as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  }
  return Math.max(lines - 1, 0);
}

/** Counts, time, rows per second and peak memory, and the rejected rows written beside the file. */
async function printReport(report: ImportReport, file: string): Promise<void> {
  if (report.rejected.length > 0) {
    const rejectsFile = `${file}.rejects.csv`;
    await writeFile(
      rejectsFile,
      stringify(report.rejected, { header: true, columns: ['line', 'urn', 'column', 'reason'] }),
    );
    log.info(`[rejected] ${report.rejected.length} rows, with their reasons, in ${rejectsFile}`);
  }
  log.info(
    `${report.file}: ${report.rows} rows: ${report.added} added, ${report.changed} changed, ` +
      `${report.unchanged} unchanged, ${report.rejected.length} rejected`,
  );
  const seconds = (Date.now() - started) / 1000;
  log.info(
    `took ${seconds.toFixed(1)} s (${Math.round(report.rows / seconds)} rows/s), ` +
      `peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
}

/** The kind's own tallies, then the counts and the rejected rows. */
async function printOutcome({ result, notes }: ImportOutcome, file: string): Promise<void> {
  for (const note of notes) log.info(note);
  await printReport(result, file);
}

/** The kinds with national files long enough to show a progress bar. */
const PROGRESS_KINDS: readonly ImportKind[] = ['ofsted-outcomes', 'la-indicators', 'ees', 'school-census'];

async function main(): Promise<void> {
  const options = readOptions();
  const { kind, file } = options;
  await checkImportFile(file, kind);
  await withLocalStore(options.endpoint, async (store) => {
    // Counted first (a bounded read of its own), so a refused file leaves no stream open.
    const counted = PROGRESS_KINDS.includes(kind);
    const total = counted ? await countRows(file, kind) : 0;
    const bar = counted ? progress('Importing rows') : null;
    const outcome = await runImport(
      kind,
      store,
      { name: file, source: createReadStream(file) },
      {
        speaker: speakerFor(options.localAuthority),
        maxProblems: options.maxProblems,
        ...(options.censusDate ? { censusDate: options.censusDate } : {}),
        ...(bar ? { onProgress: (rows: number) => bar.update(rows, Math.max(total, rows)) } : {}),
      },
    );
    bar?.stop();
    await printOutcome(outcome, file);
  });
}

main().catch((error: unknown) => {
  log.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
