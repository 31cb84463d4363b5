// The table's entities in one list, for the declaration tests and the index documentation.
import * as awards from '../awards/index.js';
import * as contacts from '../contacts/index.js';
import * as dynamo from '../dynamo/index.js';
import * as events from '../events/index.js';
import * as indicators from '../indicators/index.js';
import * as inspections from '../inspections/index.js';
import * as partnerships from '../partnerships/index.js';
import * as reference from '../reference/index.js';
import * as reminders from '../reminders/index.js';
import * as rollups from '../rollups/index.js';
import * as schools from '../schools/index.js';
import { digestMarkEntity, subscriptionEntity } from '../subscriptions/index.js';

/** The table's entities, for the declaration tests and the index documentation (operations go through openStore). */
export const tableEntities = {
  ENTITY_NAMES: dynamo.ENTITY_NAMES,
  localAuthorityEntity: reference.localAuthorityEntity,
  trustEntity: reference.trustEntity,
  agencyEntity: reference.agencyEntity,
  schoolEntity: schools.schoolEntity,
  inspectionEntity: inspections.inspectionEntity,
  awardEntity: awards.awardEntity,
  partnershipEntity: partnerships.partnershipEntity,
  reminderEntity: reminders.reminderEntity,
  contactListEntity: contacts.contactListEntity,
  indicatorSeriesEntity: indicators.indicatorSeriesEntity,
  localAuthorityComparisonEntity: indicators.localAuthorityComparisonEntity,
  indicatorSourcesEntity: indicators.indicatorSourcesEntity,
  changeEntity: events.changeEntity,
  learnedChangeEntity: events.learnedChangeEntity,
  digestSubscriptionEntity: subscriptionEntity,
  digestMarkEntity,
  nameListShardKeys: rollups.nameListShardKeys,
};
