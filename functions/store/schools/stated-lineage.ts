// Links Ofsted's file states (a predecessor's URN under an inherited outcome), written as GIAS facts are: each
// school read consistently, decided in memory, written with its history entry and the conversion's change events.
import { auditText } from '../../core/audit-text.js';
import { type ChangeOrigin, schoolFactChanges } from '../../core/change-feed.js';
import { type StatedPredecessor, withStatedPredecessor, withStatedSuccessor } from '../../core/ofsted-lineage.js';
import type { SchoolRecord } from '../../core/records.js';
import type { StoreConfig } from '../dynamo/store-config.js';
import { type FactsResult, type UpdateContext, updateSchools } from './school-updates.js';

type Step = (school: SchoolRecord | null) => SchoolRecord | null;

export interface StatedLineageContext extends UpdateContext {
  /** The Ofsted file, as links and new predecessors name their source. */
  source: string;
  origin: ChangeOrigin;
}

/**
 * Adds each statement's two links (successors as read by the caller, held): the successor's predecessor and the
 * predecessor's successor, holding the predecessor when Beacon does not. A link already held writes nothing.
 */
export function importStatedLineage(
  config: StoreConfig,
  statements: readonly { statement: StatedPredecessor; successor: SchoolRecord }[],
  context: StatedLineageContext,
): Promise<FactsResult[]> {
  const { source, origin, ...change } = context;
  const steps = new Map<string, Step[]>();
  const add = (urn: string, step: Step) => steps.set(urn, [...(steps.get(urn) ?? []), step]);
  for (const { statement, successor } of statements) {
    add(successor.urn, (school) => school && withStatedPredecessor(school, statement, source));
    add(statement.urn, (school) => withStatedSuccessor(school, successor, statement, source));
  }
  return updateSchools(
    config,
    [...steps].map(([urn, chain]) => ({
      urn,
      decide: (existing) => {
        let current = existing;
        for (const step of chain) current = step(current) ?? current;
        if (current === existing || !current) return null;
        return { ...current, version: existing ? existing.version + 1 : 1 };
      },
      summary: (existing) => auditText.schoolLinkedBy(existing !== null, source),
      changes: (existing, next) => schoolFactChanges(existing, next, origin),
    })),
    change,
  );
}
