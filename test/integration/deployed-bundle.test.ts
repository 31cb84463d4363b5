// The API as the stack deploys it: bundled with infra/lambda-bundling.ts's settings, loaded as Lambda loads it and
// asked real questions over DynamoDB Local. The bundle runs the schema without descriptions, without Apollo's
// reporting, tracing and landing-page plugins and with the environment's credentials alone; it must answer exactly as
// the local server does, which keeps every description for the explorer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Handler } from 'aws-lambda';
import { build } from 'esbuild';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DASHBOARD, SCHOOL_PAGE } from '../../bench/operations.js';
import { lambdaEntries } from '../../functions/deployment.js';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';
import { createLambdaHandler } from '../../functions/graphql/lambda-handler.js';
import { lambdaEsbuildOptions } from '../../infra/lambda-bundling.js';
import { fromRepoRoot } from '../../infra/repo-paths.js';
import { seedIfEmpty } from '../../local/seed/seed.js';
import { invoke, invokeAnonymous } from '../support/api-events.js';
import { createTestTable, type TestTable } from '../support/local-table.js';
import { descriptionsIn, scalarDescriptionsInCode, schemaDescriptions } from '../support/schema-descriptions.js';

type ApiHandler = Handler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/** What Lambda sets for the function (infra/constructs/beacon-function.ts), and an Apollo key that must do nothing. */
const lambdaEnvironment = (table: TestTable) => ({
  TABLE_NAME: table.tableName,
  DYNAMODB_ENDPOINT: table.endpoint,
  NODE_ENV: 'production',
  AWS_REGION: 'eu-west-2',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  // Were usage reporting on, Apollo would import its plugin, which the bundle leaves out: the server would not start.
  APOLLO_KEY: 'service:beacon-test:not-a-real-key',
  APOLLO_GRAPH_REF: 'beacon-test@current',
});

let table: TestTable;
let outDir: string;
let bundleFile: string;
let bundled: ApiHandler;
let local: ApiHandler;
const saved = { ...process.env };

beforeAll(async () => {
  table = await createTestTable('deployed-bundle');
  await seedIfEmpty({ client: table.client, tableName: table.tableName });
  outDir = mkdtempSync(path.join(tmpdir(), 'beacon-api-bundle-'));
  bundleFile = path.join(outDir, 'index.mjs');
  await build({
    ...lambdaEsbuildOptions(lambdaEntries.api),
    entryPoints: [fromRepoRoot('functions/graphql/handler.ts')],
    outfile: bundleFile,
  });
  Object.assign(process.env, lambdaEnvironment(table));
  // Imported once the environment is set, as Lambda loads it.
  bundled = ((await import(pathToFileURL(bundleFile).href)) as { handler: ApiHandler }).handler;
  local = createLambdaHandler(
    { client: table.client, tableName: table.tableName },
    { production: true, logError: () => undefined },
  );
}, 120_000);

afterAll(() => {
  for (const name of Object.keys(lambdaEnvironment(table))) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  rmSync(outDir, { recursive: true, force: true });
});

describe('the deployed API bundle', () => {
  it('carries not one of the schema’s descriptions', () => {
    expect(schemaDescriptions().length).toBeGreaterThan(50);
    expect(scalarDescriptionsInCode()).toHaveLength(2);
    expect(descriptionsIn(readFileSync(bundleFile, 'utf8'))).toEqual([]);
  });

  it('answers a school page, a council dashboard and its CSV exactly as the local server does', async () => {
    for (const [query, variables] of [
      [SCHOOL_PAGE, { urn: '140412' }],
      [SCHOOL_PAGE, { urn: '143630' }],
      [DASHBOARD, { code: '340' }],
      ['query Csv($code: ID!) { localAuthority(code: $code) { schoolsCsv(sort: DUE_DATE) } }', { code: '340' }],
    ] as const) {
      const fromBundle = await invoke(bundled, query, variables);
      expect(fromBundle.statusCode).toBe(200);
      expect(fromBundle.body.errors).toBeUndefined();
      expect(fromBundle.body).toEqual((await invoke(local, query, variables)).body);
    }
  });

  it('logs what it cannot serve (DynamoDB unreachable) through Powertools, made on that first error', async () => {
    // A second copy of the bundle, loaded as a cold start whose table cannot be reached.
    process.env.DYNAMODB_ENDPOINT = 'http://127.0.0.1:9';
    const url = `${pathToFileURL(bundleFile).href}?unreachable`;
    const unreachable = ((await import(url)) as { handler: ApiHandler }).handler;
    process.env.DYNAMODB_ENDPOINT = table.endpoint;
    const written: string[] = [];
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk) => {
        written.push(String(chunk));
        return true;
      });
    }
    const answer = await invoke(unreachable, '{ ok school(urn: "140412") { name } }').finally(() =>
      vi.restoreAllMocks(),
    );
    expect(answer.statusCode).toBe(500);
    const logged = written
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level?: string; service?: string; message?: string; error?: object });
    expect(logged.filter((line) => line.level === 'ERROR')).toEqual([
      expect.objectContaining({
        service: 'beacon-api',
        message: 'Unexpected error while resolving a request',
        error: expect.objectContaining({ stack: expect.any(String) }),
      }),
    ]);
  });

  it('refuses an over-long argument by its @length as the local server does (kept on the code schema)', async () => {
    const query = 'query Find($search: String) { localAuthorities(search: $search) { totalCount } }';
    const tooLong = await invoke(bundled, query, { search: 'x'.repeat(101) });
    expect(tooLong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.body.errors?.[0]?.message).toMatch(/100/);
    expect(tooLong.body).toEqual((await invoke(local, query, { search: 'x'.repeat(101) })).body);
    const fits = await invoke(bundled, query, { search: 'x'.repeat(100) });
    expect(fits.body.errors).toBeUndefined();
  });

  it('validates documents against the schema: an unknown field is refused, with no hint', async () => {
    const typo = await invokeAnonymous(bundled, '{ school(urn: "140412") { nam } }');
    expect(typo.statusCode).toBe(400);
    expect(typo.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors?.[0]?.message).toMatch(/Cannot query field "nam"/);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('the local server', () => {
  it('still shows every description in introspection, for the explorer', async () => {
    const explorer = createLambdaHandler({ client: table.client, tableName: table.tableName });
    const ask = async (query: string, variables?: Record<string, unknown>) => {
      const answer = await invokeAnonymous(explorer, query, variables);
      expect(answer.body.errors).toBeUndefined();
      return answer.body.data;
    };
    const typeNames = parse(typeDefs)
      .definitions.filter((definition) => definition.kind !== Kind.SCHEMA_DEFINITION && 'name' in definition)
      .map((definition) => ('name' in definition ? definition.name?.value : undefined));
    const answers = [await ask('{ __schema { directives { description args { description } } } }')];
    for (const name of new Set(typeNames)) {
      answers.push(
        await ask(
          `query Type($name: String!) { __type(name: $name) { description fields { description args { description } }
            enumValues { description } inputFields { description } } }`,
          { name },
        ),
      );
    }
    const shown = new Set<string>();
    JSON.stringify(answers, (key, value: unknown) => {
      if (key === 'description' && typeof value === 'string') shown.add(value);
      return value;
    });
    expect(schemaDescriptions().filter((text) => !shown.has(text))).toEqual([]);
  });
});
