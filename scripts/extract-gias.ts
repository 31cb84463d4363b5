// Reproduces data/gias/ from the full GIAS files in ../shared/data: copies the small files verbatim and keeps
// only the rows Beacon uses from the big ones. Kept rows are the original lines, byte for byte, so the
// extract differs from its source only by the rows left out (same encoding, line endings and quoting).
// Usage: npx tsx scripts/extract-gias.ts [sourceDir] [targetDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'data'));
const targetDir = resolve(process.argv[3] ?? join(repoRoot, 'data', 'gias'));

const VERBATIM = ['la_codes_england.csv', 'schools_pp50_autumn_2025.csv', 'gias_academy_trusts_2016-11-22.csv'];
const OPEN_SCHOOLS = 'gias_schools_open_2025-07-11.csv';
const LINKS = 'gias_links_edubasealldata20250422.csv';
const ALL_SCHOOLS_2022 = 'gias_schools_all_2022-11-02.csv';

interface Table {
  lines: string[];
  rows: string[][];
  eol: string;
  finalEol: boolean;
}

// Filters by physical line so kept rows stay byte-identical; that is safe only because no field in these files
// spans lines, which readTable checks. GIAS publishes the links file in Latin-1; 'latin1' maps bytes 1:1.
function readTable(name: string, encoding: 'utf8' | 'latin1'): Table {
  const text = readFileSync(join(sourceDir, name)).toString(encoding);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const finalEol = text.endsWith(eol);
  const lines = (finalEol ? text.slice(0, -eol.length) : text).split(eol);
  const rows = parse(text, { bom: false }) as string[][];
  if (rows.length !== lines.length) throw new Error(`${name}: ${rows.length} records on ${lines.length} lines`);
  return { lines, rows, eol, finalEol };
}

function writeTable(name: string, table: Table, keep: (fields: string[]) => boolean, encoding: 'utf8' | 'latin1') {
  const [header = '', ...lines] = table.lines;
  const kept = table.rows.slice(1).filter((fields) => keep(fields));
  const keptLines = lines.filter((_, index) => keep(table.rows[index + 1] ?? []));
  const text = [header, ...keptLines].join(table.eol) + (table.finalEol ? table.eol : '');
  writeFileSync(join(targetDir, name), Buffer.from(text, encoding));
  console.log(`${name}: kept ${kept.length} of ${table.rows.length - 1} rows`);
  return kept;
}

mkdirSync(targetDir, { recursive: true });
for (const name of VERBATIM) {
  writeFileSync(join(targetDir, name), readFileSync(join(sourceDir, name)));
  console.log(`${name}: copied verbatim`);
}

const pp50 = readTable('schools_pp50_autumn_2025.csv', 'utf8');
const pp50Urns = new Set(pp50.rows.slice(1).map(([urn]) => urn ?? ''));

writeTable(OPEN_SCHOOLS, readTable(OPEN_SCHOOLS, 'utf8'), ([urn]) => pp50Urns.has(urn ?? ''), 'utf8');

const keptLinks = writeTable(LINKS, readTable(LINKS, 'latin1'), ([urn]) => pp50Urns.has(urn ?? ''), 'latin1');
const predecessorUrns = new Set(
  keptLinks.filter((fields) => (fields[3] ?? '').startsWith('Predecessor')).map((fields) => fields[1] ?? ''),
);

writeTable(ALL_SCHOOLS_2022, readTable(ALL_SCHOOLS_2022, 'utf8'), ([urn]) => predecessorUrns.has(urn ?? ''), 'utf8');
