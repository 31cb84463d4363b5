// An Atom feed request, as API Gateway (payload 2.0) hands it to the feeds Lambda and npm start's server does: the
// path names a council, trust or school; the newest public changes come from one page of its feed (O(page) reads).
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ATOM_FEED_SIZE, type AtomFeedScope, atomFeed } from '../core/atom-feed.js';
import { DomainError } from '../core/errors.js';
import { parseLaCode, parseTrustUid, parseUrn } from '../core/identifiers.js';
import { type FeedStore, openFeedStore, type StoreConfig } from '../store/index.js';

/** The feeds' addresses: /councils/886/changes.atom, /trusts/2864/changes.atom, /schools/140412/changes.atom. */
export const ATOM_PATH = /^\/(councils|trusts|schools)\/([^/]{1,40})\/changes\.atom$/;

/** Readers poll; five minutes spares the table and still shows a change the same hour. */
const MAX_AGE_SECONDS = 300;
/** An empty feed's updated: fixed, so its bytes (and ETag) stay the same until a change arrives. */
const EMPTY_UPDATED = '1970-01-01T00:00:00.000Z';

const plain = (statusCode: number, message: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body: `${message}\n`,
});

/** Where the site is: SITE_ORIGIN when set (AWS), else the address the request came to (npm start). */
function siteOrigin(event: APIGatewayProxyEventV2, configured: string | undefined): string {
  if (configured) return configured.replace(/\/+$/, '');
  const host = event.headers['x-forwarded-host'] ?? event.headers.host ?? 'localhost';
  const proto =
    event.headers['x-forwarded-proto'] ?? (/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}

/** The feed the path names, with its name; a malformed code is a DomainError (400), an unknown one null (404). */
async function feedOf(
  store: FeedStore,
  page: string,
  code: string,
): Promise<{ feed: AtomFeedScope; name: string } | null> {
  if (page === 'councils') {
    const id = parseLaCode(code);
    const authority = await store.localAuthorities.byCode(id);
    return authority ? { feed: { scope: 'LOCAL_AUTHORITY', id }, name: authority.name } : null;
  }
  if (page === 'trusts') {
    const id = parseTrustUid(code);
    const trust = await store.trusts.byUid(id);
    return trust ? { feed: { scope: 'TRUST', id }, name: trust.name } : null;
  }
  const id = parseUrn(code);
  const school = await store.schools.byUrn(id);
  return school ? { feed: { scope: 'SCHOOL', id }, name: school.name } : null;
}

/** The 404's words, by the address's first part (its words are the site's: /councils/, as people say). */
const UNKNOWN = new Map([
  ['councils', 'No council has the code'],
  ['trusts', 'No trust has the UID'],
  ['schools', 'No school has the URN'],
]);

export function createAtomFeedHandler(config: StoreConfig, options: { siteOrigin?: string } = {}) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const method = event.requestContext.http.method;
    if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Feeds are read with GET.');
    const match = ATOM_PATH.exec(event.rawPath);
    if (!match)
      return plain(
        404,
        'Not found: feeds are at /councils/CODE/changes.atom, /trusts/UID/changes.atom ' +
          'and /schools/URN/changes.atom.',
      );
    const [, page = '', code = ''] = match;
    // One store per request: its loaders cache reads for this request only.
    const store = openFeedStore(config);
    let found: Awaited<ReturnType<typeof feedOf>>;
    try {
      found = await feedOf(store, page, decodeURIComponent(code));
    } catch (error) {
      if (error instanceof DomainError) return plain(400, error.message);
      throw error;
    }
    if (!found) return plain(404, `${UNKNOWN.get(page)} ${code.slice(0, 40)}.`);
    // Public changes only: a feed reader is anyone, signed in as no one.
    const changes = await store.changes.page(found.feed, { first: ATOM_FEED_SIZE, withScoped: false });
    const body = atomFeed({
      feed: found.feed,
      name: found.name,
      origin: siteOrigin(event, options.siteOrigin),
      changes: changes.edges.map((edge) => edge.node),
      emptyUpdated: EMPTY_UPDATED,
    });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const newest =
      changes.edges
        .map((edge) => edge.node.recordedAt)
        .sort()
        .at(-1) ?? EMPTY_UPDATED;
    const headers = {
      'content-type': 'application/atom+xml; charset=utf-8',
      'cache-control': `public, max-age=${MAX_AGE_SECONDS}`,
      etag,
      'last-modified': new Date(newest).toUTCString(),
    };
    if (event.headers['if-none-match'] === etag) return { statusCode: 304, headers };
    return { statusCode: 200, headers, body: method === 'HEAD' ? '' : body };
  };
}
