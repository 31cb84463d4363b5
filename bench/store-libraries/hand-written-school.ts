// The same two access patterns through Beacon's own store (the hand-written entity), for the store evaluation.
import { openStore, type StoreConfig } from '../../functions/store/index.js';

export function handWrittenSchools(config: StoreConfig) {
  const store = openStore(config);
  return {
    byUrn: (urn: string) => store.schools.byUrn(urn),
    ofLocalAuthority: (laCode: string) => store.schools.ofAuthority(laCode),
  };
}
