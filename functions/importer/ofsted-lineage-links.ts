// The ofsted-outcomes import's lineage step: the predecessors Ofsted names (the URNs inherited outcomes were made
// under) linked to the held schools that inherited them, before their inspections are recorded.
import type { ChangeOrigin } from '../core/change-feed.js';
import { newStatements, type StatedPredecessor } from '../core/ofsted-lineage.js';
import { openImportStore, type StoreConfig } from '../store/index.js';

/**
 * Links each held school to the predecessors Ofsted names for it that Beacon does not already link (directly or
 * through generations between), holding a predecessor it lacks. Returns the schools newly linked.
 */
export async function linkStated(
  config: StoreConfig,
  stated: readonly StatedPredecessor[],
  change: { actor: string; action: string; at: string; origin: ChangeOrigin; source: string },
): Promise<number> {
  if (stated.length === 0) return 0;
  const store = openImportStore(config);
  const unique = (urns: string[]) => [...new Set(urns)];
  const successors = await store.schools.read(unique(stated.map((statement) => statement.successorUrn)));
  const predecessors = await store.schools.read(unique(stated.map((statement) => statement.urn)));
  const held = new Map(
    [...predecessors, ...(await store.schools.descendantsOf(predecessors)), ...successors].map((school) => [
      school.urn,
      school,
    ]),
  );
  const fresh = newStatements(stated, held).flatMap((statement) => {
    const successor = held.get(statement.successorUrn);
    return successor ? [{ statement, successor }] : [];
  });
  if (fresh.length === 0) return 0;
  const { actor, action, at, origin, source } = change;
  const results = await store.schools.importStatedLineage(fresh, {
    actor,
    action,
    now: () => at,
    origin,
    source,
  });
  const successorUrns = new Set(fresh.map(({ successor }) => successor.urn));
  return results.filter(({ urn, outcome }) => successorUrns.has(urn) && outcome === 'updated').length;
}
