// Every entity stays inside the table's declarations: its keys, and the index attributes it writes, are the ones
// the table design declares; its record comes back as it went in; and the README's index table is generated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexTable, tableDesign, tableEntities } from '../../functions/store/index.js';
import { entitySamples, storedSamples } from '../support/entity-samples.js';

const declared = new Set<string>([
  tableDesign.partitionKey,
  tableDesign.sortKey,
  ...tableDesign.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
]);

describe('the entities of the table', () => {
  it.each(Object.entries(entitySamples))(
    '%s writes only declared keys and comes back as it went in',
    (_name, sample) => {
      const { entity, record } = sample as {
        entity: { item(r: unknown): Record<string, unknown>; of(i: object): unknown; name: string };
        record: object;
      };
      const item = entity.item(record);
      const keyLike = Object.keys(item).filter((attribute) => /(pk|sk)$/.test(attribute));
      expect(keyLike.filter((attribute) => !declared.has(attribute))).toEqual([]);
      expect(keyLike).toEqual(expect.arrayContaining(['pk', 'sk']));
      // An index is written whole (both keys) or not at all.
      for (const index of tableDesign.indexes) expect(index.partitionKey in item).toBe(index.sortKey in item);
      expect(tableEntities.ENTITY_NAMES).toContain(item.entity);
      expect(entity.of(item)).toEqual(record);
    },
  );

  it('gives every entity its own tag', () => {
    const tags = storedSamples().map((item) => item.entity);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('documents the indexes in the README exactly as the declarations say', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(indexTable(storedSamples()));
  });
});
