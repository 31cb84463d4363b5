// The README's table of indexes, produced from the table design and the entities that list items in each index,
// so the documentation cannot drift from the declarations (a test compares the two).
import type { StoredItem } from './entity.js';
import { tableDesign } from './table-design.js';

const code = (text: string) => `\`${text}\``;
const row = (...cells: string[]) => `| ${cells.join(' | ')} |`;

/** `samples`: one stored item per entity (as its entity builds it). */
export function indexTable(samples: readonly StoredItem[]): string {
  const rows = tableDesign.indexes.map((index) => {
    const entities = [
      ...new Set(samples.filter((item) => index.partitionKey in item).map((item) => String(item.entity))),
    ];
    return row(
      code(index.indexName),
      `${code(index.partitionKey)} / ${code(index.sortKey)}`,
      entities.join(', '),
      index.holds,
    );
  });
  return [
    '| index | keys | entities listed | holds |',
    '|---|---|---|---|',
    row(
      'table',
      `${code(tableDesign.partitionKey)} / ${code(tableDesign.sortKey)}`,
      'every entity',
      'every item under its key',
    ),
    ...rows,
  ].join('\n');
}
