// `npx tsx scripts/print-index-table.ts`: prints the README's index table from the table design and the entities.
import { indexTable } from '../functions/store/index.js';
import { storedSamples } from '../test/support/entity-samples.js';

console.log(indexTable(storedSamples()));
