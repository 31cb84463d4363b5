// `npm run bench:store`: ElectroDB and DynamoDB-Toolbox against Beacon's hand-written store, on the School entity
// and its two busiest access patterns (a school by URN; a council's schools, every page). Three measures: DynamoDB
// requests and answers against the seeded table, bundle size of each (minified, AWS SDK left out, so the figure is
// the library's own weight), and lines of code for the entity and the two patterns. Writes "storeLibraries".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { build } from 'esbuild';
import { countRequests, createDocumentClient, ensureTable, newRequestCounter } from '../functions/store/index.js';
import { localClientConfig, startDynamoDbLocal } from '../local/dynamodb-local.js';
import { seedIfEmpty } from '../local/seed/seed.js';
import { mergeResults } from './report.js';
import { electroDbSchools } from './store-libraries/electrodb-school.js';
import { handWrittenSchools } from './store-libraries/hand-written-school.js';
import { toolboxSchools } from './store-libraries/toolbox-school.js';

type Schools = { byUrn(urn: string): Promise<unknown>; ofLocalAuthority(laCode: string): Promise<unknown[]> };

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The lines a reader must follow for the entity and the two patterns: the file, or the named functions in it. */
const sources: Record<string, { file: string; functions?: string[] }[]> = {
  electrodb: [{ file: here('./store-libraries/electrodb-school.ts') }],
  toolbox: [{ file: here('./store-libraries/toolbox-school.ts') }],
  'hand-written': [
    { file: here('../functions/store/dynamo/entity.ts'), functions: ['defineEntity'] },
    { file: here('../functions/store/schools/keys.ts') },
    { file: here('../functions/store/dynamo/query-all.ts'), functions: ['queryIndexPartition'] },
    { file: here('../functions/store/dynamo/query-pages.ts'), functions: ['queryPages'] },
    { file: here('../functions/store/dynamo/loaders.ts'), functions: ['itemLoader'] },
    { file: here('../functions/store/dynamo/batch-get.ts'), functions: ['batchGetAll'] },
  ],
};

/** Non-blank, non-comment lines of a function (from its declaration to its closing brace at column 0). */
function linesOf(file: string, names?: string[]): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const code = (line: string) => line.trim() !== '' && !/^\s*(\/\/|\/\*\*?|\*)/.test(line);
  if (!names) return lines.filter(code).length;
  return names.reduce((total, name) => {
    const start = lines.findIndex((line) => new RegExp(`function ${name}\\b`).test(line));
    const end = lines.findIndex((line, index) => index > start && line.startsWith('}'));
    return total + lines.slice(start, end + 1).filter(code).length;
  }, 0);
}

async function bundleBytes(entry: string): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    external: ['@aws-sdk/*'],
    logLevel: 'silent',
  });
  return result.outputFiles.reduce((sum, file) => sum + file.contents.length, 0);
}

export async function benchStoreLibraries() {
  const dynamo = await startDynamoDbLocal();
  const tableName = 'store-libraries';
  const raw = new DynamoDBClient(localClientConfig(dynamo.endpoint));
  try {
    await ensureTable(raw, tableName);
    const seedClient = createDocumentClient(localClientConfig(dynamo.endpoint));
    await seedIfEmpty({ client: seedClient, tableName });
    const implementations: Record<string, (client: ReturnType<typeof createDocumentClient>) => Schools> = {
      'hand-written': (client) => handWrittenSchools({ client, tableName }),
      electrodb: (client) => electroDbSchools(client, tableName),
      toolbox: (client) => toolboxSchools(client, tableName),
    };
    const figures: Record<string, unknown> = {};
    for (const [name, open] of Object.entries(implementations)) {
      const client = createDocumentClient(localClientConfig(dynamo.endpoint));
      const counter = newRequestCounter();
      countRequests(client, counter);
      const schools = open(client);
      const school = (await schools.byUrn('140412')) as { name?: string } | null;
      const getRequests = counter.total;
      const kent = (await schools.ofLocalAuthority('886')) as { urn: string }[];
      const entry = here(`./store-libraries/${name === 'hand-written' ? 'hand-written' : name}-school.ts`);
      figures[name] = {
        school: school?.name ?? null,
        kentSchools: kent.length,
        requests: { byUrn: getRequests, ofLocalAuthority: counter.total - getRequests },
        bundleBytes: await bundleBytes(entry),
        linesOfCode: (sources[name] ?? []).reduce((sum, source) => sum + linesOf(source.file, source.functions), 0),
      };
      client.destroy();
    }
    seedClient.destroy();
    return figures;
  } finally {
    raw.destroy();
    await dynamo.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const figures = await benchStoreLibraries();
  console.table(
    Object.fromEntries(
      Object.entries(figures).map(([name, value]) => {
        const f = value as Record<string, unknown> & { requests: Record<string, number> };
        return [name, { ...f, requests: `${f.requests.byUrn} + ${f.requests.ofLocalAuthority}` }];
      }),
    ),
  );
  await mergeResults({ storeLibraries: { ...figures, measuredAt: new Date().toISOString() } });
}
