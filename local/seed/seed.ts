// The seed: the shipped national files written in bulk into an empty table, then the hand-written scenario
// through the mutations. All of England by default; tests narrow it to some councils.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dataSource } from '../../functions/core/data-source.js';
import { openBulkStore, type StoredItem, storedItems } from '../../functions/store/index.js';
import { DEFAULT_LA_CODES } from './gias-seed.js';
import { seedIndicators } from './indicator-seed.js';
import { buildSeedRecords, DATA_DIR, type SeedParts, type SeedRecords } from './national-seed.js';
import { recordScenario } from './record-scenario.js';
import { scenarioInspections } from './scenario.js';

/** The four councils of the scenario schools: Knowsley, Tower Hamlets, Kent, Hertfordshire. */
export const SCENARIO_LA_CODES = DEFAULT_LA_CODES;

/**
 * What a local run seeds: all of England, or the councils in SEED_COUNCILS (e.g. "340,886") for a quicker start,
 * with the scenario's four councils.
 */
export function seedLocalAuthorities(env: NodeJS.ProcessEnv = process.env): readonly string[] | null {
  const listed = env.SEED_COUNCILS?.trim();
  if (!listed) return null;
  const codes = listed.split(',').map((code) => code.trim());
  const bad = codes.find((code) => !/^\d{3}$/.test(code));
  if (bad !== undefined) throw new Error(`SEED_COUNCILS holds three-digit GIAS LA codes, e.g. 340,886; got "${bad}"`);
  // The scenario is recorded through the mutations on its four schools, so their councils are always seeded.
  return [...new Set([...codes, ...SCENARIO_LA_CODES])];
}

export interface SeedConfig {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Councils to seed; null for all of England. Defaults to the scenario's four councils. */
  laCodes?: readonly string[] | null;
  /** Leave out facts a test imports itself. */
  parts?: SeedParts;
  /** Progress of the bulk write, for a terminal. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

export const GIAS_DATA_DIR = `${DATA_DIR}gias/`;

// Building reads every national file (seconds of CPU); a process that seeds several tables builds once.
const built = new Map<string, Promise<SeedRecords>>();
function seedRecords(laCodes: readonly string[] | null, parts: SeedParts = {}): Promise<SeedRecords> {
  // The indicators are imported after the records, so they do not change what is built.
  const key = `${laCodes?.join(',') ?? 'all'}|${JSON.stringify({ ...parts, indicators: undefined })}`;
  let records = built.get(key);
  if (!records) {
    records = buildSeedRecords(laCodes, parts);
    built.set(key, records);
  }
  return records;
}

/**
 * Starts building the records now (CPU work in this process) so a first start overlaps it with DynamoDB Local's
 * start; seedIfEmpty then takes the same build. Errors surface there.
 */
export function prepareSeed(laCodes: readonly string[] | null, parts: SeedParts = {}): void {
  seedRecords(laCodes, parts).catch(() => {});
}

/** The records the seed writes (the scenario's four councils unless told otherwise); a copy callers may change. */
export const loadSeedRecords = async (laCodes: readonly string[] | null = SCENARIO_LA_CODES) =>
  structuredClone(await seedRecords(laCodes));

export function seedItems(records: SeedRecords): StoredItem[] {
  return [
    ...records.localAuthorities.map(storedItems.localAuthority),
    ...records.trusts.map(storedItems.trust),
    ...records.schools.map(storedItems.school),
    ...storedItems.rollups(records.schools),
    ...storedItems.nameLists(records.localAuthorities, records.trusts),
    ...records.inspections.map(storedItems.inspection),
    ...storedItems.changes(records.changes),
  ];
}

/**
 * The scenario's hand-recorded inspections that Ofsted's file does not state. A page that gives only the
 * month ("June 2014", day assumed) describes the same visit as Ofsted's dated one of that month and kind.
 */
export function scenarioInspectionsBeyond(records: SeedRecords) {
  const visit = (urn: string, type: string, date: string) => `${urn}|${type}|${date.slice(0, 7)}`;
  const stated = new Set(
    records.inspections.flatMap((inspection) =>
      inspection.framework === 'LEGACY' ? [visit(inspection.urn, inspection.type, inspection.inspectedOn)] : [],
    ),
  );
  const held = new Set(records.schools.map((school) => school.urn));
  return scenarioInspections.filter(
    (inspection) =>
      held.has(inspection.urn) && !stated.has(visit(inspection.urn, inspection.type, inspection.inspectedOn)),
  );
}

/**
 * Seeds the table unless a completed seed's marker is there: the files' facts in bulk, then the scenario through
 * the mutations. The marker goes last so a crash means a redo.
 */
export async function seedIfEmpty(config: SeedConfig): Promise<{ seeded: boolean; items: number }> {
  const store = { client: config.client, tableName: config.tableName };
  const bulk = openBulkStore(store);
  if (await bulk.readSeedMarker()) return { seeded: false, items: 0 };

  const laCodes = config.laCodes === undefined ? SCENARIO_LA_CODES : config.laCodes;
  const records = await seedRecords(laCodes, config.parts);
  const items = seedItems(records);
  await bulk.load(items, { onProgress: (done) => config.onProgress?.('records', done, items.length) });
  const loadedAt = new Date().toISOString();
  for (const source of records.sources)
    await bulk.recordSource({
      ...dataSource(source.kind, source.file, source.rows, loadedAt),
      ...(source.asAt ? { asAt: source.asAt } : {}),
    });
  // Every council is held whatever councils' schools are seeded, so the figures are England's whole.
  if (config.parts?.indicators !== false) await seedIndicators(store);
  const operations = await recordScenario(store, scenarioInspectionsBeyond(records));
  await bulk.writeSeedMarker({
    seededAt: new Date().toISOString(),
    laCodes: laCodes ? [...laCodes] : ['all'],
    items: items.length,
  });
  return { seeded: true, items: items.length + operations };
}
