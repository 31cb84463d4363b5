// Checks the kept rollups (tallies, listings, England's directory) and search's name lists against the schools,
// councils and trusts themselves, read whole.
import { expect } from 'vitest';
import { censusPercents } from '../../functions/core/census.js';
import { sumTallies, type Tally, tallyOf } from '../../functions/core/inclusion-tally.js';
import { listingOf } from '../../functions/core/school-listing.js';
import { schoolSearchEntry } from '../../functions/core/search-entry.js';
import { openStore, type RollupScope, type StoreConfig } from '../../functions/store/index.js';
import type { SeededApi } from './seeded-api.js';

const counted = (tally: Tally) => Object.fromEntries(Object.entries(tally).filter(([, count]) => count !== 0));
const byUrn = <T extends { urn: string }>(items: readonly T[]) => [...items].sort((a, b) => a.urn.localeCompare(b.urn));

/** The kept tallies, listings and directory of these scopes equal what reading every school gives. */
export async function expectRollupsTrue(api: SeededApi, scopes: RollupScope[]): Promise<void> {
  const store = openStore({ client: api.table.client, tableName: api.table.tableName });
  for (const scope of scopes) {
    if (scope === 'england') continue;
    const schools =
      'localAuthority' in scope
        ? await store.schools.ofAuthority(scope.localAuthority)
        : await store.schools.ofTrust(scope.trust);
    expect(counted(await store.tallies.of(scope)), JSON.stringify(scope)).toEqual(
      counted(sumTallies(schools.map(tallyOf))),
    );
    expect(byUrn(await store.schools.listings(scope)), JSON.stringify(scope)).toEqual(byUrn(schools.map(listingOf)));
  }
  const all = await store.schools.all();
  expect(counted(await store.tallies.england())).toEqual(counted(sumTallies(all.map(tallyOf))));
  expect(byUrn(await store.schools.directory())).toEqual(byUrn(all.map(({ urn, name }) => ({ urn, name }))));
  expect(byUrn(await store.schools.censusDirectory())).toEqual(
    byUrn(all.map(({ urn, name, census }) => ({ urn, name, census: censusPercents(census) }))),
  );
  await expectNameListsTrue({ client: api.table.client, tableName: api.table.tableName });
}

const byId = <T>(records: readonly T[], id: (record: T) => string) =>
  [...records].sort((a, b) => id(a).localeCompare(id(b)));

/**
 * The name lists a search reads, as this process holds them after checking their stamps, equal every open school,
 * council and trust read whole: so a write that forgot a list, or its stamp, fails here.
 */
export async function expectNameListsTrue(config: StoreConfig): Promise<void> {
  const store = openStore(config);
  const [lists, schools, localAuthorities, trusts] = await Promise.all([
    store.nameLists(),
    store.schools.all(),
    store.localAuthorities.all(),
    store.trusts.all(),
  ]);
  expect(byUrn(lists.schools.entries)).toEqual(byUrn(schools.map(schoolSearchEntry)));
  expect(byId(lists.localAuthorities.entries, (localAuthority) => localAuthority.code)).toEqual(
    byId(localAuthorities, (localAuthority) => localAuthority.code),
  );
  expect(byId(lists.trusts.entries, (trust) => trust.uid)).toEqual(
    byId(
      trusts.map(({ uid, groupId, name, status, formerNames }) => ({
        uid,
        name,
        ...(groupId === undefined ? {} : { groupId }),
        ...(status === undefined ? {} : { status }),
        ...(formerNames === undefined ? {} : { formerNames }),
      })),
      (trust) => trust.uid,
    ),
  );
}
