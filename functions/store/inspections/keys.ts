// An inspection, under its school's partition.
import type { InspectionRecord } from '../../core/records.js';
import { defineEntity, type ItemKey, schoolPartition } from '../dynamo/entity.js';

export const inspectionKey = (urn: string, id: string): ItemKey => ({
  pk: schoolPartition(urn),
  sk: `INSPECTION#${id}`,
});
export const inspectionEntity = defineEntity<InspectionRecord>({
  name: 'Inspection',
  key: (record) => inspectionKey(record.urn, record.id),
});
