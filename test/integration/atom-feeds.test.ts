// The Atom feeds over real HTTP (npm start's server, the real feed handler, DynamoDB Local, the seed): the same
// public changes as the GraphQL feed, newest first; stable ids; valid against RFC 4287's RELAX NG schema; 400 and 404.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { atomEntryId } from '../../functions/core/atom-feed.js';
import { changeRecord } from '../../functions/core/change-feed.js';
import { createAtomFeedHandler } from '../../functions/feeds/atom-request.js';
import { outboxSender } from '../../functions/notify/outbox-sender.js';
import { runReassessment } from '../../functions/reassessment/run.js';
import { openBulkStore, storedItems } from '../../functions/store/index.js';
import { type LambdaHttpServer, serveLambda } from '../../local/lambda-http-adapter.js';
import { invoke, invokeAnonymous } from '../support/api-events.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const FEEDS = [
  { name: "Kent's", path: '/councils/886/changes.atom', field: 'localAuthority(code: "886")' },
  { name: "the Dean Trust's", path: '/trusts/2864/changes.atom', field: 'trust(uid: "2864")' },
  { name: "Lord Derby Academy's", path: '/schools/140412/changes.atom', field: 'school(urn: "140412")' },
];

interface Served {
  api: SeededApi;
  server: LambdaHttpServer;
}

async function serve(prefix: string): Promise<Served> {
  const api = await seededApi(prefix);
  const store = { client: api.table.client, tableName: api.table.tableName };
  // The reminder job's award states are scoped (non-public) changes in Lord Derby's council, trust and school.
  await runReassessment({ store, senders: [outboxSender({ store, print: () => undefined })] }, { today: '2026-11-23' });
  // Kent's seeded award has no state that day: one scoped change of its school, newer than any other in the feed.
  const dueSoon = changeRecord(
    {
      kind: 'AWARD_DUE_SOON',
      happenedOn: '2030-01-01',
      summary: 'Award review due soon',
      urn: '137883',
      laCode: '886',
    },
    { source: { name: 'reassessment' }, recordedAt: '2030-01-01T06:00:00.000Z', asAtDay: '2030-01-01' },
  );
  await openBulkStore(store).put(storedItems.changes([dueSoon]));
  const server = await serveLambda(api.handler, { port: 0, host: '127.0.0.1', feeds: createAtomFeedHandler(store) });
  return { api, server };
}

let first: Served;
let schema: string;
beforeAll(async () => {
  first = await serve('atom-feeds');
  schema = await readFile(path.resolve(import.meta.dirname, '../fixtures/atom/atom.rng'), 'utf8');
}, 240_000);
afterAll(() => first?.server.close());

const origin = (served: Served) => served.server.url.replace(/\/graphql$/, '');
const fetchFeed = (served: Served, feedPath: string, headers: Record<string, string> = {}) =>
  fetch(`${origin(served)}${feedPath}`, { headers });

/** libxml2's RELAX NG validation (xmllint-wasm) against RFC 4287's schema (test/fixtures/atom). */
const validAtom = (xml: string) =>
  validateXML({
    xml: [{ fileName: 'feed.atom', contents: xml }],
    schema: [{ fileName: 'atom.rng', contents: schema }],
    extension: 'relaxng',
  });

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link?: { '@_href': string };
}

function entriesOf(xml: string): AtomEntry[] {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml) as {
    feed: { entry?: AtomEntry[] };
  };
  return parsed.feed.entry ?? [];
}

interface FeedNode {
  id: string;
  summary: string;
  schoolName: string | null;
  recordedAt: string;
  public: boolean;
  school: { urn: string } | null;
  happenedOn: string;
}

async function graphqlChanges(served: Served, field: string, signedIn: boolean): Promise<FeedNode[]> {
  const query = `{ node: ${field} { changes(first: 100) { edges { node {
    id summary schoolName recordedAt public happenedOn school { urn } } } } } }`;
  const { body } = await (signedIn ? invoke : invokeAnonymous)<{ node: { changes: { edges: { node: FeedNode }[] } } }>(
    served.api.handler,
    query,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data?.node.changes.edges.map((edge) => edge.node) ?? [];
}

describe.each(FEEDS)('$name Atom feed', ({ path: feedPath, field }) => {
  it('lists the public changes of the GraphQL feed, newest first, linked to each school’s page', async () => {
    const response = await fetchFeed(first, feedPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const entries = entriesOf(await response.text());
    const expected = (await graphqlChanges(first, field, false)).slice(0, 50);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.map((entry) => entry.id)).toEqual(expected.map((change) => atomEntryId(change.id)));
    expect(entries.map((entry) => entry.updated)).toEqual(
      expected.map((change) => new Date(change.recordedAt).toISOString()),
    );
    expect(entries.map((entry) => entry.title)).toEqual(
      expected.map((change) => (change.schoolName ? `${change.schoolName}: ${change.summary}` : change.summary)),
    );
    expect(entries.map((entry) => entry.link?.['@_href'])).toEqual(
      expected.map((change) => `${origin(first)}/schools/${change.school?.urn}`),
    );
  });

  it('is valid Atom 1.0 by RFC 4287’s RELAX NG schema', async () => {
    const xml = await (await fetchFeed(first, feedPath)).text();
    const result = await validAtom(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is refused by the same schema once its id is taken out (the check is not vacuous)', async () => {
    const xml = (await (await fetchFeed(first, feedPath)).text()).replace(/<id>urn:uuid:beac[^<]*<\/id>/, '');
    const result = await validAtom(xml);
    expect(result.valid).toBe(false);
  });

  it('never shows a non-public change, though one exists in its scope', async () => {
    const all = await graphqlChanges(first, field, true);
    const hidden = all.filter((change) => !change.public);
    expect(hidden.length).toBeGreaterThan(0);
    const ids = new Set(entriesOf(await (await fetchFeed(first, feedPath)).text()).map((entry) => entry.id));
    for (const change of hidden) expect(ids.has(atomEntryId(change.id))).toBe(false);
  });

  it('answers a repeat fetch with the same bytes, and 304 to its ETag', async () => {
    const one = await fetchFeed(first, feedPath);
    const two = await fetchFeed(first, feedPath);
    expect(await two.text()).toBe(await one.text());
    const etag = one.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect((await fetchFeed(first, feedPath, { 'if-none-match': etag })).status).toBe(304);
  });
});

describe('feed ids across a re-seed', () => {
  let second: Served;
  beforeAll(async () => {
    second = await serve('atom-feeds-reseed');
  }, 240_000);
  afterAll(() => second?.server.close());

  it.each(FEEDS)('keeps $name entry ids when the table is seeded again', async ({ path: feedPath }) => {
    const ids = async (served: Served) =>
      entriesOf(await (await fetchFeed(served, feedPath)).text()).map((entry) => entry.id);
    expect(await ids(second)).toEqual(await ids(first));
  });
});

describe('feeds that do not exist', () => {
  it.each([
    ['/councils/999/changes.atom', 404, /No council has the code 999/],
    ['/trusts/9999999/changes.atom', 404, /No trust has the UID 9999999/],
    ['/schools/999999/changes.atom', 404, /No school has the URN 999999/],
    ['/councils/kent/changes.atom', 400, /three-digit GIAS LA code/],
    ['/trusts/TR00637/changes.atom', 400, /trust UID is the GIAS group UID/],
    ['/schools/14041/changes.atom', 400, /A URN is six digits/],
  ])('%s answers %i in plain words', async (feedPath, status, message) => {
    const response = await fetchFeed(first, feedPath);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(message);
  });
});
