// Schools: keys and lists (keys.ts), request reads, consistent reads, name pages, lineage, upserts and GIAS imports.
export { type CensusOutcome, type CensusUpdate, importSchoolCensus } from './census.js';
export { readSchool, readSchools } from './consistent-reads.js';
export {
  applySchoolFacts,
  type FactsImportContext,
  type FactsOutcome,
  type FactsResult,
  importSchoolFacts,
  SCHOOL_FACT_FIELDS,
  type SchoolFacts,
  type SchoolFactsUpdate,
} from './import-facts.js';
export { schoolEntity } from './keys.js';
export { linkedGenerations, schoolLineage } from './lineage.js';
export { schoolNamePage } from './name-pages.js';
export { schoolOperations } from './operations.js';
export { createSchoolReads } from './reads.js';
export { recordIds } from './record-ids.js';
export { importStatedLineage, type StatedLineageContext } from './stated-lineage.js';
export { upsertSchool } from './writes.js';
