// The import kinds, in one place: for each, the parser that reads its file, the importer that applies it, the S3
// folder an upload goes in, Beacon's template where there is one, its read limits and how its report reads. The
// S3-triggered Lambda, `npm run import` and the seed all dispatch through here, and nothing outside
// functions/importer imports anything else of it.
import type { Readable } from 'node:stream';
import { type ImportKind, importKinds, importPrefix } from '../deployment.js';
import type { StoreConfig } from '../store/index.js';
import { OPERATORS } from './acting-for.js';
import { importEstablishments } from './import-establishments.js';
import { importGroupMemberships } from './import-gias-groups.js';
import { importGiasLinks } from './import-gias-links.js';
import { type IndicatorImportReport, importIndicatorFigures } from './import-indicators.js';
import { importIqmAwards, readIqmAwardRows } from './import-iqm-awards.js';
import { importLaCodes } from './import-la-codes.js';
import { importOfstedOutcomes } from './import-ofsted-outcomes.js';
import { importPartnerships, readPartnershipRows } from './import-partnerships.js';
import { importSchoolCensus } from './import-school-census.js';
import { importStatisticalNeighbours } from './import-statistical-neighbours.js';
import { readEes } from './parsers/ees.js';
import { readEstablishments } from './parsers/establishments.js';
import { readGroupMemberships } from './parsers/gias-groups.js';
import { readGiasLinks } from './parsers/gias-links.js';
import { readLaCodes } from './parsers/la-codes.js';
import { readLaIndicators } from './parsers/la-indicators.js';
import { readOfstedOutcomes } from './parsers/ofsted-outcomes.js';
import { readSchoolCensus } from './parsers/school-census.js';
import { readStatisticalNeighbours } from './parsers/statistical-neighbours.js';

export { speakerFor, speakerOfUpload } from './acting-for.js';
export type { ImportFile, ImportOptions, ImportOutcome, ImportResult } from './kind-parts.js';
export { checkFileSize, ImportRefused, type ReadLimits, sizeText } from './limits.js';
// For the seed's GIAS list files, read under the same rules as the imports' files.
export { controlCharacterIn, controlCharacterReason } from './parsers/csv-records.js';
export type { StreamedRow } from './parsers/csv-stream.js';
export { decodeWindows1252, GiasCsvError, isoFromGiasDate } from './parsers/gias-text.js';
export type { ImportReport } from './report.js';

import {
  finishedAs,
  folder,
  type ImportFile,
  type ImportOptions,
  type ImportOutcome,
  kind,
  rejected,
} from './kind-parts.js';

const indicatorNotes = ({ indicators, regions }: IndicatorImportReport) => [
  `figures of ${indicators.length} indicators: ${indicators.join(', ')}`,
  ...(regions > 0 ? [`${regions} councils' regions set`] : []),
];

export const IMPORT_KINDS = {
  'la-codes': kind('la-codes', {
    prefix: folder('la-codes'),
    template: null,
    parse: readLaCodes,
    importer: (store, file) => importLaCodes(store, file.source, file.name),
    refused: rejected,
    finished: finishedAs('la-codes'),
    notes: () => [],
  }),
  'gias-groups': kind('gias-groups', {
    prefix: folder('gias-groups'),
    template: null,
    parse: readGroupMemberships,
    importer: (store, file) => importGroupMemberships(store, file.source, file.name),
    refused: rejected,
    finished: finishedAs('gias-groups'),
    notes: ({ trusts: { added, changed, unchanged }, notHeld }) => [
      `trusts: ${added} added, ${changed} changed, ${unchanged} unchanged; ${notHeld} academies not held`,
    ],
  }),
  'gias-links': kind('gias-links', {
    prefix: folder('gias-links'),
    template: null,
    parse: readGiasLinks,
    importer: (store, file) => importGiasLinks(store, file.source, file.name),
    refused: rejected,
    finished: finishedAs('gias-links'),
    notes: ({ notHeld }) => [`${notHeld} schools Beacon does not hold were left alone`],
  }),
  'ofsted-outcomes': kind('ofsted-outcomes', {
    prefix: folder('ofsted-outcomes'),
    template: null,
    parse: readOfstedOutcomes,
    importer: (store, file, { onProgress }) =>
      importOfstedOutcomes(store, file.source, file.name, onProgress ? { onProgress } : {}),
    refused: rejected,
    finished: finishedAs('ofsted-outcomes'),
    notes: ({ notHeld }) => [`${notHeld} inspections under URNs Beacon does not hold were left alone`],
  }),
  'iqm-awards': kind('iqm-awards', {
    prefix: folder('iqm-awards'),
    template: 'data/templates/iqm-awards.csv',
    parse: readIqmAwardRows,
    importer: (store, file) => importIqmAwards(store, file.source, file.name),
    refused: rejected,
    finished: finishedAs('iqm-awards'),
    notes: () => [],
  }),
  partnerships: kind('partnerships', {
    // A council's folder within it (imports/partnerships/la-886/) speaks for that council alone.
    prefix: folder('partnerships'),
    template: 'data/templates/partnerships.csv',
    parse: readPartnershipRows,
    importer: (store, file, { speaker }) =>
      importPartnerships(store, file.source, file.name, undefined, speaker ?? OPERATORS),
    refused: rejected,
    finished: finishedAs('partnerships'),
    notes: () => [],
  }),
  'school-census': kind('school-census', {
    // A folder named for the census day (imports/school-census/2023-01-19/) says which census the file is.
    prefix: folder('school-census'),
    template: null,
    parse: readSchoolCensus,
    importer: (store, file, { onProgress, censusDate }) =>
      importSchoolCensus(store, file.source, file.name, {
        ...(onProgress ? { onProgress } : {}),
        ...(censusDate ? { censusDate } : {}),
      }),
    refused: rejected,
    finished: finishedAs('school-census'),
    notes: ({ census, notHeld, newerHeld }) => [
      `figures for the ${census.periodLabel} (${census.asAt}, from ${census.from}): ${census.figures.join(', ')}`,
      `${notHeld.length} URNs Beacon does not hold were left alone` +
        (notHeld.length > 0 ? `: ${notHeld.slice(0, 10).join(', ')}${notHeld.length > 10 ? ', …' : ''}` : ''),
      ...(newerHeld.length > 0 ? [`${newerHeld.length} schools hold a newer census and were left as they are`] : []),
    ],
  }),
  'la-indicators': kind('la-indicators', {
    prefix: folder('la-indicators'),
    template: null,
    parse: readLaIndicators,
    importer: (store, file, { onProgress }) =>
      importIndicatorFigures(store, 'la-indicators', file.name, readLaIndicators(file.source, file.name), onProgress),
    refused: rejected,
    finished: finishedAs('la-indicators'),
    notes: indicatorNotes,
  }),
  ees: kind('ees', {
    // Any Explore Education Statistics data file: recognised by the catalogue's measure columns in its header.
    prefix: folder('ees'),
    template: null,
    parse: readEes,
    importer: (store, file, { onProgress }) =>
      importIndicatorFigures(store, 'ees', file.name, readEes(file.source, file.name), onProgress),
    refused: rejected,
    finished: finishedAs('ees'),
    notes: indicatorNotes,
  }),
  'statistical-neighbours': kind('statistical-neighbours', {
    // The derived CSV or the DfE's .xlsx as published.
    prefix: folder('statistical-neighbours'),
    template: null,
    parse: readStatisticalNeighbours,
    importer: (store, file) =>
      importStatisticalNeighbours(store, file.name, readStatisticalNeighbours(file.source, file.name)),
    refused: rejected,
    finished: finishedAs('statistical-neighbours'),
    notes: ({ added, changed, unchanged }) => [`neighbours of ${added + changed + unchanged} councils read`],
  }),
  'gias-establishments': kind('gias-establishments', {
    // Anything under imports/ outside the other kinds' folders, as before kinds existed.
    prefix: importPrefix,
    template: null,
    parse: (source: Readable, name: string) => readEstablishments(name, source),
    importer: (store, file, { maxProblems }) =>
      importEstablishments(store, file, maxProblems === undefined ? {} : { maxProblems }),
    refused: (result) => result.skipped,
    finished: (skipped) => (skipped > 0 ? 'GIAS import finished with skipped rows' : 'GIAS import finished'),
    notes: (result) => [
      `${result.notYetOpen} not yet open (imported once GIAS lists them as open)`,
      ...(result.skipped > result.rejected.length
        ? [`${result.skipped} rows skipped: the first ${result.rejected.length} are listed`]
        : []),
      ...(result.staleWrites > 0 ? [`${result.staleWrites} writes redone after a concurrent change`] : []),
      ...result.warnings.map((warning) => `[warning] ${warning}`),
    ],
  }),
} satisfies Record<ImportKind, unknown>;

/** The kind of an upload: the kind whose folder under imports/ it is in, else a GIAS establishments extract. */
export function kindOfUpload(key: string): ImportKind {
  const folder = key.slice(importPrefix.length).split('/')[0];
  return importKinds.find((name) => name === folder) ?? 'gias-establishments';
}

/** Imports a file of this kind: the one dispatcher behind the S3 handler, `npm run import` and the seed. */
export const runImport = (
  name: ImportKind,
  store: StoreConfig,
  file: ImportFile,
  options: ImportOptions = {},
): Promise<ImportOutcome> => IMPORT_KINDS[name].run(store, file, options);
