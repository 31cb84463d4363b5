// The API's store: operations named by entity, reads by key through per-store DataLoaders, so open one per
// request (the API) or per run (jobs, imports).
import type { SchoolRecord } from '../../core/records.js';
import * as awards from '../awards/index.js';
import * as contacts from '../contacts/index.js';
import * as dataSources from '../data-sources/index.js';
import * as dynamo from '../dynamo/index.js';
import { bind, existing, once, type StoreConfig } from '../dynamo/index.js';
import * as events from '../events/index.js';
import * as history from '../history/index.js';
import * as indicators from '../indicators/index.js';
import * as inspections from '../inspections/index.js';
import * as nameLists from '../name-lists/index.js';
import * as partnerships from '../partnerships/index.js';
import * as reference from '../reference/index.js';
import * as reminders from '../reminders/index.js';
import * as rollups from '../rollups/index.js';
import * as schools from '../schools/index.js';
import * as subscriptions from '../subscriptions/index.js';

export function openStore(config: StoreConfig) {
  // Every loader reads through one key loader, so reads by key in the same tick share one BatchGetItem.
  const load = dynamo.keyLoader(config.client, config.tableName);
  const schoolReads = schools.createSchoolReads(config, load);
  const loaders = {
    ...reference.referenceLoaders(load),
    inspection: inspections.inspectionLoader(load),
    award: awards.awardLoader(load),
    partnership: partnerships.partnershipLoader(load),
  };
  const contactLoader = contacts.createContactLoader(config);
  const indicatorReads = indicators.indicatorReads(load);
  const rollupReader = rollups.createRollupReader(config);
  return {
    config,
    schools: schools.schoolOperations(config, schoolReads, rollupReader),
    inspections: {
      byId: (id: string) => loaders.inspection.load(id),
      existing: existing(loaders.inspection),
      record: bind(config, inspections.recordInspection),
    },
    awards: {
      byId: (id: string) => loaders.award.load(id),
      existing: existing(loaders.award),
      /** Every award of a school, read consistently. */
      readLatest: bind(config, awards.readAwards),
      add: bind(config, awards.addAward),
      change: bind(config, awards.changeAward),
    },
    partnerships: {
      byKey: (urn: string, partnershipId: string) =>
        loaders.partnership.load(partnerships.partnershipLoaderKey(urn, partnershipId)),
      ofSchool: (school: SchoolRecord) =>
        dynamo.loadExisting(
          loaders.partnership,
          school.partnershipIds.map((id) => partnerships.partnershipLoaderKey(school.urn, id)),
        ),
      ofAgency: bind(config, partnerships.readPartnershipsOfAgency),
      add: bind(config, partnerships.addPartnership),
      end: bind(config, partnerships.endPartnership),
    },
    contacts: {
      of: (owner: Parameters<typeof contactLoader.load>[0]) => contactLoader.load(owner),
      change: bind(config, contacts.changeContacts),
    },
    reminders: {
      page: bind(config, reminders.reminderPage),
      acknowledge: bind(config, reminders.acknowledgeReminder),
    },
    digests: { subscribe: bind(config, subscriptions.subscribe), unsubscribe: bind(config, subscriptions.unsubscribe) },
    history: { page: bind(config, history.historyPage) },
    /** A page of a council's, trust's, school's or England's changes, newest first: one Query per partition read. */
    changes: { page: bind(config, events.changePage) },
    /** Kept counts of a council's or trust's open schools, and England's (every council's added up). */
    tallies: { of: rollupReader.tally, england: once(() => rollups.readEnglandTally(config)) },
    /**
     * Every council, trust and open school by name, as kept in this process and checked against the lists' stamps
     * once per request: a search reads ten tiny items, plus the shards written since the last search.
     */
    nameLists: once(async () => {
      const lists = await nameLists.readNameLists(config);
      // The councils' list holds them whole: a search's schools name their council with no read.
      for (const localAuthority of lists.localAuthorities.entries)
        loaders.localAuthority.prime(localAuthority.code, localAuthority);
      return lists;
    }),
    /** Where each kind of data came from and its as-at date; read once per request. */
    sources: { all: once(() => dataSources.readDataSources(load)), record: bind(config, dataSources.recordDataSource) },
    /** Indicators' series, a council's comparison item and the sources, all by key through the request's loader. */
    indicators: indicatorReads,
    localAuthorities: {
      byCode: (code: string) => loaders.localAuthority.load(code),
      all: () => reference.allLocalAuthorities(config),
      upsert: bind(config, reference.upsertLocalAuthority),
    },
    trusts: {
      byUid: (uid: string) => loaders.trust.load(uid),
      all: () => reference.allTrusts(config),
      existing: existing(loaders.trust),
      upsert: bind(config, reference.upsertTrust),
    },
    agencies: {
      byId: (id: string) => loaders.agency.load(id),
      all: () => reference.allAgencies(config),
      existing: existing(loaders.agency),
      upsert: bind(config, reference.upsertAgency),
    },
  };
}

export type BeaconStore = ReturnType<typeof openStore>;
