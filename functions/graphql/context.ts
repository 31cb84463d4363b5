// Per-request context: fresh DataLoaders (one per entity) and the date the request is answered for.
import type { IsoDate } from '../core/records.js';
import { todayInLondon } from '../core/calendar.js';
import { createRequestStore, type RequestStore, type StoreConfig } from '../store/beacon-store.js';

export interface GraphQLContext {
  store: RequestStore;
  /** Today in England; derived statuses are computed for this date. */
  today: IsoDate;
}

export interface ContextOptions {
  /** Fixes "today" (tests, what-if runs); defaults to the real date in Europe/London. */
  today?: () => IsoDate;
}

export function createContextFactory(storeConfig: StoreConfig, options: ContextOptions = {}) {
  const today = options.today ?? (() => todayInLondon());
  return async (): Promise<GraphQLContext> => ({ store: createRequestStore(storeConfig), today: today() });
}
