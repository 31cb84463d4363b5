// Councils, trusts and partner agencies: keys, reads (by key, all by name, held by an import) and writes.
export { agencyEntity, localAuthorityEntity, trustEntity } from './keys.js';
export {
  allAgencies,
  allLocalAuthorities,
  allTrusts,
  heldLocalAuthorities,
  heldTrusts,
  referenceLoaders,
} from './reads.js';
export {
  putLocalAuthorities,
  putTrusts,
  readLocalAuthorities,
  readTrusts,
  upsertAgency,
  upsertLocalAuthority,
  upsertTrust,
} from './writes.js';
