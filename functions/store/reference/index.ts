// Councils, trusts and partner agencies: keys, reads (by key, all by name, held by an import) and writes.
export { agencyEntity, councilEntity, trustEntity } from './keys.js';
export { allAgencies, allCouncils, allTrusts, heldLocalAuthorities, heldTrusts, referenceLoaders } from './reads.js';
export {
  putCouncils,
  putTrusts,
  readCouncils,
  readTrusts,
  upsertAgency,
  upsertLocalAuthority,
  upsertTrust,
} from './writes.js';
