// The seed's GIAS data: the six list files of data/gias read under the importer's rules, and what the seed
// pages add for the four scenario schools.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ImportRefused, sizeText } from '../../functions/importer/kinds.js';
import { GIAS_FILES, GIAS_LIST_LIMITS, type GiasFileKey, readGiasRows } from './gias-lists.js';
import { buildGiasRecords, type GiasImport, type GiasTables, type SchoolFact } from './gias-records.js';

export { GIAS_FILES, GiasCsvError } from './gias-lists.js';
export type { GiasImport, SchoolFact } from './gias-records.js';

/** Knowsley, Tower Hamlets, Kent, Hertfordshire: the LAs of the four seed schools. */
export const DEFAULT_LA_CODES: readonly string[] = ['340', '211', '886', '919'];

/**
 * What the seed pages and the brief add to GIAS for the four seed schools: these files hold neither phase nor
 * school-to-trust membership.
 */
export const SEED_SCHOOL_FACTS: readonly SchoolFact[] = [
  {
    urn: '143630',
    phase: 'Secondary',
    source: 'phase: a secondary special school ("Ian Mikardo High School", seed page 000_509bac0ea4e94e71.txt)',
  },
  {
    urn: '137883',
    phase: 'All-through',
    trustUid: '3725',
    source:
      'phase: special school for ages 2-19 (seed notes); ' +
      'trust 3725 Leigh Academies Trust inferred from the GIAS name "Leigh Academy Milestone", not stated in GIAS',
  },
  { urn: '117231', phase: 'Primary', source: 'phase: "Micklem Primary School" (seed page 002_f839f1bf13c7225a.txt)' },
  {
    urn: '140412',
    phase: 'Secondary',
    trustUid: '2864',
    source: 'trust 2864 The Dean Trust stated in seed page 003_8f95df5676a84acd.txt; phase Secondary (seed notes)',
  },
];

export type GiasFiles = Record<GiasFileKey, Uint8Array>;

/**
 * Reads the six files from a directory laid out like data/gias (a national list may be gzipped: NAME.gz), each
 * refused before it is read (or unpacked past) the list files' size limit.
 */
export function readGiasDir(dir: string): GiasFiles {
  const { maxBytes } = GIAS_LIST_LIMITS;
  const read = (key: GiasFileKey) => {
    const path = join(dir, GIAS_FILES[key].name);
    const packed = existsSync(`${path}.gz`);
    const file = packed ? `${path}.gz` : path;
    if (statSync(file).size > maxBytes) throw new ImportRefused(`${file} is over ${sizeText(maxBytes)}, the limit`);
    try {
      return packed ? gunzipSync(readFileSync(file), { maxOutputLength: maxBytes }) : readFileSync(file);
    } catch (error) {
      if (error instanceof RangeError) throw new ImportRefused(`${file} is over ${sizeText(maxBytes)} unpacked`);
      throw error;
    }
  };
  return {
    laCodes: read('laCodes'),
    pp50: read('pp50'),
    openSchools: read('openSchools'),
    allSchools2022: read('allSchools2022'),
    links: read('links'),
    trusts: read('trusts'),
  };
}

export interface ParseGiasOptions {
  laCodes?: readonly string[];
  facts?: readonly SchoolFact[];
}

/** Throws GiasCsvError (file and line) on the first malformed row; soft problems come back as warnings. */
export function parseGias(files: GiasFiles, options: ParseGiasOptions = {}): GiasImport {
  const tables = readGiasTables(files);
  return buildGiasRecords(tables, options.laCodes ?? DEFAULT_LA_CODES, options.facts ?? SEED_SCHOOL_FACTS);
}

/** The six files' rows, validated. */
export function readGiasTables(files: GiasFiles): GiasTables {
  return {
    laCodes: readGiasRows(GIAS_FILES.laCodes, files.laCodes),
    pp50: readGiasRows(GIAS_FILES.pp50, files.pp50),
    openSchools: readGiasRows(GIAS_FILES.openSchools, files.openSchools),
    allSchools2022: readGiasRows(GIAS_FILES.allSchools2022, files.allSchools2022),
    links: readGiasRows(GIAS_FILES.links, files.links),
    trusts: readGiasRows(GIAS_FILES.trusts, files.trusts),
  };
}
