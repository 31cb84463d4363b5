// Checks the kept rollups (tallies, listings, England's directory) against the schools themselves, read whole.
import { expect } from 'vitest';
import { sumTallies, tallyOf, type Tally } from '../../functions/core/inclusion-tally.js';
import { listingOf } from '../../functions/core/school-listing.js';
import { openStore, type RollupScope } from '../../functions/store/index.js';
import type { SeededApi } from './seeded-api.js';

const counted = (tally: Tally) => Object.fromEntries(Object.entries(tally).filter(([, count]) => count !== 0));
const byUrn = <T extends { urn: string }>(items: readonly T[]) => [...items].sort((a, b) => a.urn.localeCompare(b.urn));

/** The kept tallies, listings and directory of these scopes equal what reading every school gives. */
export async function expectRollupsTrue(api: SeededApi, scopes: RollupScope[]): Promise<void> {
  const store = openStore({ client: api.table.client, tableName: api.table.tableName });
  for (const scope of scopes) {
    if (scope === 'england') continue;
    const schools =
      'council' in scope ? await store.schools.ofAuthority(scope.council) : await store.schools.ofTrust(scope.trust);
    expect(counted(await store.tallies.of(scope)), JSON.stringify(scope)).toEqual(
      counted(sumTallies(schools.map(tallyOf))),
    );
    expect(byUrn(await store.schools.listings(scope)), JSON.stringify(scope)).toEqual(byUrn(schools.map(listingOf)));
  }
  const all = await store.schools.all();
  expect(counted(await store.tallies.england())).toEqual(counted(sumTallies(all.map(tallyOf))));
  expect(byUrn(await store.schools.directory())).toEqual(byUrn(all.map(({ urn, name }) => ({ urn, name }))));
}
