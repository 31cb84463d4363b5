// Reproduces data/gias/ from the GIAS files in ../shared/data: small files copied verbatim, the national lists
// gzipped (`gzip -9 -n`, so the bytes inside are the source's, encoding and line endings included).
// Usage: npx tsx scripts/extract-gias.ts [sourceDir] [targetDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'data'));
const targetDir = resolve(process.argv[3] ?? join(repoRoot, 'data', 'gias'));

const VERBATIM = ['la_codes_england.csv', 'schools_pp50_autumn_2025.csv', 'gias_academy_trusts_2016-11-22.csv'];
const GZIPPED: Record<string, string> = {
  'gias_schools_open_2025-07-11.csv': 'gias_schools_open_2025-07-11.csv.gz',
  'gias_links_edubasealldata20250422.csv': 'gias_links_edubasealldata20250422.csv.gz',
  'gias_schools_all_2022-11-02.csv': 'gias_schools_all_2022-11-02.csv.gz',
  'gias_academies_group_membership_2025-09.csv': 'gias_academies_group_membership_2025-09.csv.gz',
};

mkdirSync(targetDir, { recursive: true });
for (const name of VERBATIM) {
  writeFileSync(join(targetDir, name), readFileSync(join(sourceDir, name)));
  console.log(`${name}: copied verbatim`);
}
for (const [name, target] of Object.entries(GZIPPED)) {
  writeFileSync(join(targetDir, target), gzipSync(readFileSync(join(sourceDir, name)), { level: 9 }));
  console.log(`${name}: gzipped to ${target}`);
}
