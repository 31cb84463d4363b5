// One record per entity of the table, stored as its entity stores it: for the entity and index-docs tests.
import { newSchoolRecord } from '../../functions/core/school-record.js';
import { tableEntities as entities, type StoredItem, storedItems } from '../../functions/store/index.js';

const award = {
  id: 'A-140412-20231215-3f9a1c',
  urn: '140412',
  level: 'CENTRE_OF_EXCELLENCE',
  assessedOn: '2023-11-13',
  awardedOn: '2023-12-15',
  elements: [],
  reviews: [],
  provenance: 'REAL',
  version: 1,
} as const;

export const entitySamples = {
  localAuthority: {
    entity: entities.localAuthorityEntity,
    record: { code: '340', name: 'Knowsley', onsCode: 'E08000011' },
  },
  trust: {
    entity: entities.trustEntity,
    record: { uid: '2864', name: 'Dean Trust, The', type: 'MULTI_ACADEMY_TRUST', provenance: 'REAL' },
  },
  agency: {
    entity: entities.agencyEntity,
    record: { id: 'knowsley-send', name: 'Knowsley SEND', kind: 'COUNCIL_SEND_TEAM' },
  },
  school: {
    entity: entities.schoolEntity,
    record: newSchoolRecord({ urn: '140412', name: 'Lord Derby Academy', laCode: '340', trustUid: '2864' }),
  },
  inspection: {
    entity: entities.inspectionEntity,
    record: {
      id: 'I-140412-20240101-aaaaaa',
      urn: '140412',
      framework: 'LEGACY',
      type: 'UNGRADED',
      inspectedOn: '2024-01-01',
      judgements: [],
      provenance: 'REAL',
    },
  },
  award: { entity: entities.awardEntity, record: { ...award, elements: [], reviews: [] } },
  partnership: {
    entity: entities.partnershipEntity,
    record: {
      urn: '140412',
      agencyId: 'knowsley-send',
      since: '2023-09-01',
      councilQualityAssured: true,
      provenance: 'REAL',
    },
  },
  reminder: {
    entity: entities.reminderEntity,
    record: {
      id: `${award.id}#2026-12-15#30`,
      awardId: award.id,
      urn: '140412',
      laCode: '340',
      trustUid: '2864',
      level: 'CENTRE_OF_EXCELLENCE',
      dueKind: 'ANNUAL_REVIEW',
      dueOn: '2026-12-15',
      daysBefore: 30,
      awardStatus: 'DUE_SOON',
      plannedOn: '2026-11-15',
      recipients: [],
      status: 'PENDING',
      delivered: {},
      attempts: 1,
      createdAt: '2026-11-15T06:00:00.000Z',
    },
  },
  contacts: {
    entity: entities.contactListEntity,
    record: { owner: { scope: 'SCHOOL', id: '140412' }, contacts: [], version: 1 },
  },
  indicatorSeries: {
    entity: entities.indicatorSeriesEntity,
    record: {
      id: 'sen-support',
      periods: ['2024', '2025'],
      areas: { '886': '12.6,13.1', '970': '13.6,14.2', '201': 'S,N' },
      ranks: { '886': '1,1', '201': ',' },
      rankedOf: [1, 1],
    },
  },
  localAuthorityComparison: {
    entity: entities.localAuthorityComparisonEntity,
    record: {
      code: '886',
      region: { code: '989', name: 'South East' },
      neighbours: [{ code: '881', name: 'Essex', rank: 1, closeness: 'Very close' }],
    },
  },
  indicatorSources: {
    entity: entities.indicatorSourcesEntity,
    record: {
      sources: {
        'sen-support': {
          kind: 'la-indicators',
          file: 'dfe_lait_inclusion_indicators_la_2016-2025.csv.gz',
          asAt: '2026-12-06',
          loadedAt: '2026-12-06T12:00:00.000Z',
          rows: 48280,
        },
      },
    },
  },
  change: {
    entity: entities.changeEntity,
    record: {
      id: '64a4e2b967c139f628bc',
      kind: 'GRADE_MOVED',
      happenedOn: '2023-06-27',
      recordedAt: '2026-11-23T06:00:00.000Z',
      summary: 'Graded inspection: Requires improvement → Good',
      from: 'Requires improvement',
      to: 'Good',
      source: { name: 'ofsted-outcomes', file: 'ofsted_state_funded_schools_outcomes_2025-08-31.csv.gz' },
      urn: '140412',
      schoolName: 'Lord Derby Academy',
      laCode: '340',
      trustUid: '2864',
      public: true,
    },
  },
  learnedChange: {
    entity: entities.learnedChangeEntity,
    record: {
      id: '64a4e2b967c139f628bd',
      kind: 'INSPECTED',
      happenedOn: '2026-09-30',
      recordedAt: '2026-11-23T06:00:00.000Z',
      summary: 'Ungraded inspection',
      source: { name: 'ofsted-outcomes', file: 'ofsted_state_funded_schools_outcomes_2025-10-31.csv.gz' },
      urn: '140412',
      laCode: '340',
      trustUid: '2864',
      public: true,
    },
  },
} as const;

/** Every sample as its entity stores it, and one item of each kind of rollup the sample school is counted in. */
export function storedSamples(): StoredItem[] {
  const rollups = storedItems.rollups([entitySamples.school.record]);
  return [
    ...Object.values(entitySamples).map(({ entity, record }) =>
      (entity as { item(record: unknown): StoredItem }).item(record),
    ),
    ...rollups.filter((item, index) => rollups.findIndex((other) => other.entity === item.entity) === index),
  ];
}
