// The change feed's domain: kinds, the event record and its id, and the changes each source states.
export { CHANGE_KINDS, type ChangeKind, isChangeKind, SCOPED_CHANGE_KINDS } from './change-kinds.js';
export {
  type ChangeArgs,
  type ChangeFeed,
  type ChangeQuery,
  changeCursors,
  changeQueryFromArgs,
  FEED_SORT_KEY,
  seesScopedChanges,
} from './change-query.js';
export {
  type ChangeOrigin,
  type ChangeRecord,
  type ChangeSource,
  changeId,
  changeRecord,
  importOrigin,
  mutationOrigin,
  uniqueChanges,
} from './change-record.js';
export { inspectionChanges } from './inspection-changes.js';
export { awardChanges, flagChanges, partnershipChanges } from './record-changes.js';
export { aboutSchool, schoolFactChanges, type TrustNames } from './school-changes.js';
