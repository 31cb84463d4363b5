// Partnerships: keys (listed under their agency), reads, added and ended.
export { partnershipEntity } from './keys.js';
export { partnershipLoader, partnershipLoaderKey, readPartnershipsOfAgency } from './reads.js';
export { addPartnership, endPartnership } from './writes.js';
