// The marker of a finished seed.
export { readSeedMarker, type SeedMarkerInfo, writeSeedMarker } from './seed-marker.js';
