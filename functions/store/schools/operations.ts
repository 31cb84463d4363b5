// A store's school operations: by URN and lists through the request's reads, name pages, lineage, listings and the
// directory from the rollups, consistent reads and upserts.
import type { SchoolRecord } from '../../core/records.js';
import { bind, existing } from '../dynamo/bind.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import type { createRollupReader, RollupScope } from '../rollups/index.js';
import { readSchool } from './consistent-reads.js';
import { schoolLineage } from './lineage.js';
import { schoolNamePage } from './name-pages.js';
import type { createSchoolReads } from './reads.js';
import { upsertSchool } from './writes.js';

export function schoolOperations(
  config: StoreConfig,
  reads: ReturnType<typeof createSchoolReads>,
  rollupReader: ReturnType<typeof createRollupReader>,
) {
  return {
    byUrn: (urn: string) => reads.loader.load(urn),
    existing: existing(reads.loader),
    /** The school and its predecessors (academy conversions), one batch read per generation. */
    lineage: (school: SchoolRecord) => schoolLineage(school, existing(reads.loader)),
    ofAuthority: reads.ofAuthority,
    ofTrust: reads.ofTrust,
    all: reads.all,
    /** A page of a council's, a trust's or England's open schools in name order, after a previous page's key. */
    namePage: async (scope: RollupScope, size: number, afterSortKey: string | null) => {
      const page = await schoolNamePage(config, scope, size, afterSortKey);
      for (const { school } of page.schools) reads.loader.prime(school.urn, school);
      return page;
    },
    /** Every open school of a council or trust as a compact listing (a few items, not the schools). */
    listings: rollupReader.listings,
    /** Every open school of England by URN and name. */
    directory: rollupReader.directory,
    /** Every open school of England by URN and name, with its census percentages. */
    censusDirectory: rollupReader.censusDirectory,
    /** A strongly consistent read, for checks just before a write. */
    readLatest: bind(config, readSchool),
    upsert: bind(config, upsertSchool),
  };
}
