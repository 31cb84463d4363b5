// Awards: keys (awards due by month), request and consistent reads, changes, the job's due reads and status flags.
export { queryDueAwards, readDueState, type DueState } from './due.js';
export { flagAwardStatus } from './flag-status.js';
export { awardEntity } from './keys.js';
export { awardLoader, readAwards } from './reads.js';
export { addAward, changeAward, type AwardDecision } from './writes.js';
