// A fresh table holding GIAS's councils and the DfE's indicator files, imported through the registry as
// `npm run import` would, with the API's Lambda handler over it and a counter of its DynamoDB requests.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { ImportKind } from '../../functions/deployment.js';
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { type ImportOutcome, runImport } from '../../functions/importer/kinds.js';
import {
  countRequests,
  createDocumentClient,
  newRequestCounter,
  type RequestCounter,
  type StoreConfig,
} from '../../functions/store/index.js';
import { localClientConfig } from '../../local/dynamodb-local.js';
import { DFE_FILES, dataPath } from './indicator-files.js';
import { createTestTable } from './local-table.js';

export interface IndicatorTable {
  store: StoreConfig;
  counter: RequestCounter;
  handler: ReturnType<typeof createLambdaHandler>;
  /** Imports a shipped file (under data/) or hand-made text (or bytes) of a kind. */
  importFile(kind: ImportKind, file: string, text?: string | Uint8Array): Promise<ImportOutcome>;
}

export async function indicatorTable(prefix: string): Promise<IndicatorTable> {
  const table = await createTestTable(prefix);
  const client = createDocumentClient(localClientConfig(table.endpoint));
  const counter = newRequestCounter();
  countRequests(client, counter);
  const store: StoreConfig = { client, tableName: table.tableName };
  const importFile = (kind: ImportKind, file: string, text?: string | Uint8Array) =>
    runImport(kind, store, {
      name: file,
      source:
        text === undefined
          ? createReadStream(dataPath(file))
          : Readable.from([typeof text === 'string' ? Buffer.from(text) : Buffer.from(text)]),
    });
  await importFile('la-codes', DFE_FILES.laCodes);
  return { store, counter, handler: createLambdaHandler(store, { today: () => '2026-11-23' }), importFile };
}

/** Every shipped indicator file, in the seed's order; the outcomes by file. */
export async function importAll(table: IndicatorTable): Promise<Map<string, ImportOutcome>> {
  const outcomes = new Map<string, ImportOutcome>();
  const files: [ImportKind, string][] = [
    ['la-indicators', DFE_FILES.lait],
    ['ees', DFE_FILES.caseload],
    ['ees', DFE_FILES.timeliness],
    ['ees', DFE_FILES.requests],
    ['statistical-neighbours', DFE_FILES.neighboursXlsx],
  ];
  for (const [kind, file] of files) outcomes.set(file, await table.importFile(kind, file));
  return outcomes;
}
