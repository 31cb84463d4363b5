// The audit trail of each school.
export { type HistoryPage, historyPage } from './history.js';
