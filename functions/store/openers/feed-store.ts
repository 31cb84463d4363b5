// The Atom feeds' operations have an opener of their own: a scope's record by its key and its change feed, so the
// feeds' bundle leaves out what only the API runs (search and its index, lists, writes).
import { bind, keyLoader, type StoreConfig } from '../dynamo/index.js';
import * as events from '../events/index.js';
import * as reference from '../reference/index.js';
import * as schools from '../schools/index.js';

/** A council, trust or school by its key (one BatchGetItem per tick), and a page of its changes (one Query). */
export function openFeedStore(config: StoreConfig) {
  const load = keyLoader(config.client, config.tableName);
  const schoolReads = schools.createSchoolReads(config, load);
  const loaders = reference.referenceLoaders(load);
  return {
    schools: { byUrn: (urn: string) => schoolReads.loader.load(urn) },
    localAuthorities: { byCode: (code: string) => loaders.localAuthority.load(code) },
    trusts: { byUid: (uid: string) => loaders.trust.load(uid) },
    changes: { page: bind(config, events.changePage) },
  };
}

export type FeedStore = ReturnType<typeof openFeedStore>;
