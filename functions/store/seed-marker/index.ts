// The marker of a finished seed.
export { readSeedMarker, writeSeedMarker, type SeedMarkerInfo } from './seed-marker.js';
