// The audit trail of each school.
export { historyPage, type HistoryPage } from './history.js';
