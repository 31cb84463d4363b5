// The DfE's inclusion figures in the seed: LAIT's measures, the SEN2 release's three files and the statistical
// neighbour model (the DfE's .xlsx as published), each imported through the registry as `npm run import` would.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { ImportKind } from '../../functions/deployment.js';
import { runImport } from '../../functions/importer/kinds.js';
import type { StoreConfig } from '../../functions/store/index.js';
import { DATA_DIR } from './national-seed.js';

/** In import order: LAIT first (it names each council's region), the neighbours last. */
export const INDICATOR_FILES: readonly { kind: ImportKind; file: string }[] = [
  { kind: 'la-indicators', file: 'dfe/dfe_lait_inclusion_indicators_la_2016-2025.csv.gz' },
  { kind: 'ees', file: 'dfe/dfe_sen2_ehcp_caseload_2025.csv.gz' },
  { kind: 'ees', file: 'dfe/dfe_sen2_ehcp_timeliness_20_weeks_2025.csv.gz' },
  { kind: 'ees', file: 'dfe/dfe_sen2_ehcp_requests_2025.csv.gz' },
  { kind: 'statistical-neighbours', file: 'dfe/dfe_lait_statistical_neighbours_2025-05.xlsx' },
];

/** Imports every indicator file; rows the imports reject (former councils) are theirs to report, not the seed's. */
export async function seedIndicators(store: StoreConfig): Promise<number> {
  let rows = 0;
  for (const { kind, file } of INDICATOR_FILES) {
    const path = join(DATA_DIR, file);
    const { result } = await runImport(kind, store, { name: path, source: createReadStream(path) });
    rows += result.rows;
  }
  return rows;
}
