// Inspections: keys, reads, one recorded by a mutation, and many written by an import.
export { type InspectionImportUnit, writeInspectionUnits } from './import.js';
export { inspectionEntity } from './keys.js';
export { inspectionLoader, readInspections } from './reads.js';
export { recordInspection } from './record.js';
