// Every GraphQL example in the README, run as a new user would run it against the seeded local data: each answers
// without an error, and every list it shows has rows. An example with a made-up award id is run as the README says
// to: after looking the id and version up.
import { readFileSync } from 'node:fs';
import { type DocumentNode, Kind, parse, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../support/api-events.js';
import { SCENARIO_TODAY, type SeededApi, seededApi } from '../support/seeded-api.js';

let api: SeededApi;
beforeAll(async () => {
  api = await seededApi('readme-examples', SCENARIO_TODAY, { indicators: true });
});

/** Each operation of each ```graphql block, in README order. */
function readmeOperations(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) => {
    const document: DocumentNode = parse(block);
    const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    return document.definitions
      .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => [operation, ...fragments].map((definition) => print(definition)).join('\n'));
  });
}

/** Every `edges` list in an answer, with where it is. */
function edgeLists(value: unknown, path = 'data'): { path: string; length: number }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => edgeLists(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'edges' && Array.isArray(child)
      ? [{ path: `${path}.${key}`, length: child.length }, ...edgeLists(child, `${path}.${key}`)]
      : edgeLists(child, `${path}.${key}`),
  );
}

describe('the README’s examples (the reads first: the mutations change what follows)', () => {
  const operations = readmeOperations();

  it('are there to run', () => {
    expect(operations.length).toBeGreaterThanOrEqual(6);
  });

  it('include curl examples that answer too: the school by URN, and a council’s CSV with rows', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const bodies = [...readme.matchAll(/-d '(\{"query":.*?\})'/g)].map(
      (match) => JSON.parse(match[1] ?? '{}') as { query: string },
    );
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    for (const { query } of bodies) {
      const { body } = await invoke<Record<string, unknown>>(api.handler, query);
      expect(body.errors, query).toBeUndefined();
      const csv = (body.data?.localAuthority as { schoolsCsv?: string } | undefined)?.schoolsCsv;
      if (csv !== undefined) expect(csv.trimEnd().split('\r\n').length, query).toBeGreaterThan(1);
    }
  });

  it.each(operations.map((operation, index) => [index + 1, operation.split('\n')[0], operation]))(
    'example %i (%s) answers without an error, and every list it shows has rows',
    async (_index, _first, operation) => {
      let query = operation;
      if (query.includes('A-140412-20231215-…')) {
        // The README's lookup: the award's id and version from the school's page.
        const { body } = await invoke<{
          school: { inclusionStatus: { awardId: string }; awards: { id: string; version: number }[] };
        }>(api.handler, '{ school(urn: "140412") { inclusionStatus { awardId } awards { id version } } }');
        const id = body.data?.school.inclusionStatus.awardId ?? '';
        const version = body.data?.school.awards.find((award) => award.id === id)?.version ?? 0;
        query = query
          .replace('"A-140412-20231215-…"', JSON.stringify(id))
          .replace(/expectedVersion: \d+/, `expectedVersion: ${version}`);
      }
      const { body } = await invoke(api.handler, query);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      for (const list of edgeLists(body.data)) expect(list.length, `${list.path} is empty`).toBeGreaterThan(0);
    },
  );
});
