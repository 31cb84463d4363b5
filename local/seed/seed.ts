// The bulk seed: real GIAS data for the chosen LAs (data/gias), written once into an empty table.
import { fileURLToPath } from 'node:url';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_LA_CODES, parseGias, readGiasDir, type GiasImport } from './gias-seed.js';
import { openBulkStore, storedItems, type StoredItem } from '../../functions/store/index.js';
import { recordScenario } from './record-scenario.js';

// Relative to this module, so the seed works from any working directory.
export const GIAS_DATA_DIR = fileURLToPath(new URL('../../data/gias/', import.meta.url));

export interface SeedConfig {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** GIAS LA codes to seed; defaults to the four LAs of the seed schools. */
  laCodes?: readonly string[];
}

/** The records the seed writes, freshly parsed (callers may mutate them). */
export function loadSeedRecords(laCodes: readonly string[] = DEFAULT_LA_CODES): GiasImport {
  return parseGias(readGiasDir(GIAS_DATA_DIR), { laCodes });
}

export function seedItems(records: GiasImport): StoredItem[] {
  return [
    ...records.localAuthorities.map(storedItems.council),
    ...records.trusts.map(storedItems.trust),
    ...records.schools.map(storedItems.school),
  ];
}

/**
 * Seeds the table unless a completed seed's marker is there: GIAS facts in bulk, then the scenario through the
 * mutations. The marker goes last so a crash means a redo.
 */
export async function seedIfEmpty(config: SeedConfig): Promise<{ seeded: boolean; items: number }> {
  const store = { client: config.client, tableName: config.tableName };
  const bulk = openBulkStore(store);
  if (await bulk.readSeedMarker()) return { seeded: false, items: 0 };

  const laCodes = [...(config.laCodes ?? DEFAULT_LA_CODES)];
  const items = seedItems(loadSeedRecords(laCodes));
  await bulk.put(items);
  const operations = await recordScenario(store);
  await bulk.writeSeedMarker({ seededAt: new Date().toISOString(), laCodes, items: items.length });
  return { seeded: true, items: items.length + operations };
}
