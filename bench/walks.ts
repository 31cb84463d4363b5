// Walking a list to its end through the real handler, counting the DynamoDB items and requests each walk reads:
// a page must cost a page, so a walk may read at most twice the list's schools.
import { type GraphQLResponse, invoke } from '../test/support/api-events.js';
import type { BenchEnvironment } from './environment.js';

export interface WalkReport {
  description: string;
  schools: number;
  pages: number;
  requests: number;
  itemsRead: number;
  /** itemsRead / schools; the target is at most 2. */
  itemsPerSchool: number;
}

interface Page {
  totalCount: number;
  edges: { node: { urn: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export async function walkLocalAuthority(
  env: BenchEnvironment,
  code: string,
  sort: 'NAME' | 'DUE_DATE' | 'LATEST_INSPECTION',
  size = 10,
): Promise<WalkReport> {
  const query = `query ($after: String) { localAuthority(code: "${code}") { schools(first: ${size}, after: $after,
    sort: ${sort}) { totalCount edges { node { urn name inclusionStatus { awardStatus } } }
    pageInfo { hasNextPage endCursor } } } }`;
  const seen = new Set<string>();
  let after: string | null = null;
  let pages = 0;
  let total = 0;
  env.counter.total = 0;
  env.counter.itemsRead = 0;
  for (;;) {
    const response: GraphQLResponse<{ localAuthority: { schools: Page } }> = await invoke(env.handler, query, {
      after,
    });
    const page: Page | undefined = response.body.data?.localAuthority.schools;
    if (!page) throw new Error(`Walking council ${code} failed: ${JSON.stringify(response.body.errors)}`);
    pages += 1;
    total = page.totalCount;
    for (const edge of page.edges) seen.add(edge.node.urn);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  if (seen.size !== total) throw new Error(`Walking council ${code} by ${sort} saw ${seen.size} of ${total} schools`);
  return {
    description: `council ${code} by ${sort} in pages of ${size}`,
    schools: total,
    pages,
    requests: env.counter.total,
    itemsRead: env.counter.itemsRead,
    itemsPerSchool: Math.round((env.counter.itemsRead / Math.max(total, 1)) * 100) / 100,
  };
}
