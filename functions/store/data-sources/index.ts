// Where each kind of data came from.
export { readDataSources, recordDataSource } from './data-sources.js';
