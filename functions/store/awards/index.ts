// Awards: keys (awards due by month), request and consistent reads, changes, the job's due reads and status flags.
export { type DueState, queryDueAwards, readDueState } from './due.js';
export { flagAwardStatus } from './flag-status.js';
export { awardEntity } from './keys.js';
export { awardLoader, readAwards } from './reads.js';
export { type AwardDecision, addAward, changeAward } from './writes.js';
