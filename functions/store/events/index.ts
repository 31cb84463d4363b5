// Change events: keys and feeds, the items a write adds, and pages of a feed.
export { changeEntity, feedList, feedSortKey, learnedChangeEntity, learnedList, relatedChangeEntity } from './keys.js';
export { type ChangePage, changePage, learnedChanges } from './reads.js';
export { changeItemCount, changeItems, changePuts, recordChanges } from './writes.js';
