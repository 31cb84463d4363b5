// The importers' opener: apart from the API's, so its bundle leaves out what only imports use.
import type { SchoolRecord } from '../../core/records.js';
import * as dataSources from '../data-sources/index.js';
import { bind, type StoreConfig } from '../dynamo/index.js';
import * as events from '../events/index.js';
import * as indicators from '../indicators/index.js';
import * as inspections from '../inspections/index.js';
import * as reference from '../reference/index.js';
import * as schools from '../schools/index.js';

/** GIAS imports: which councils and trusts are held, and schools' facts applied in bulk. */
export function openImportStore(config: StoreConfig) {
  return {
    schools: {
      importFacts: bind(config, schools.importSchoolFacts),
      importCensus: bind(config, schools.importSchoolCensus),
      importStatedLineage: bind(config, schools.importStatedLineage),
      read: bind(config, schools.readSchools),
      /** Held schools descended from these, across generations: one batch read per generation. */
      descendantsOf: (starts: readonly SchoolRecord[]) =>
        schools.linkedGenerations(
          starts,
          (school) => school.successors,
          (urns) => schools.readSchools(config, urns),
        ),
    },
    inspections: {
      read: bind(config, inspections.readInspections),
      writeUnits: bind(config, inspections.writeInspectionUnits),
    },
    sources: { record: bind(config, dataSources.recordDataSource) },
    /** Changes recorded after their write (an indicator import's new figures), idempotent by id. */
    changes: { record: bind(config, events.recordChanges) },
    /** Indicators' series and councils' comparison items, read and written whole (imports are single writers). */
    indicators: {
      mergeSeries: bind(config, indicators.mergeIndicatorSeries),
      mergeComparisons: bind(config, indicators.mergeLocalAuthorityComparisons),
      mergeSources: bind(config, indicators.mergeIndicatorSources),
    },
    localAuthorities: {
      held: bind(config, reference.heldLocalAuthorities),
      read: bind(config, reference.readLocalAuthorities),
      put: bind(config, reference.putLocalAuthorities),
    },
    trusts: {
      held: bind(config, reference.heldTrusts),
      read: bind(config, reference.readTrusts),
      put: bind(config, reference.putTrusts),
    },
  };
}
