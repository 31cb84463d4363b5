// The council overview's first line: what changed since this browser's last visit to the council (or, the first
// time, in the last 30 days), counted by kind from the council's feed, with a link to those changes.
import { useClient } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { changeKindCountLabels } from '../../../../functions/core/labels.js';
import { formatCount, formatDate } from '../../format.js';
import type { ChangeKind, LocalAuthorityChangesSinceQuery } from '../../generated/graphql.js';
import { graphql } from '../../generated/index.js';

const SinceQuery = graphql(`
  query LocalAuthorityChangesSince($code: ID!, $since: Date!, $after: String) {
    localAuthority(code: $code) {
      changes(since: $since, first: 100, after: $after) {
        edges { node { kind } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** At most this many pages of 100 are counted; past it the line says "500 or more". */
const MAX_PAGES = 5;
const FIRST_WINDOW_DAYS = 30;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The day of the visit before this one, kept per council in localStorage: a second look on the same day still
 * compares with the visit before today. Null on the first visit.
 */
function previousVisit(code: string): string | null {
  const key = `beacon.visits.${code}`;
  const day = today();
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { previous?: string; latest?: string } | null;
    const previous = stored?.latest && stored.latest < day ? stored.latest : (stored?.previous ?? null);
    localStorage.setItem(key, JSON.stringify({ previous, latest: day }));
    return previous;
  } catch {
    return null;
  }
}

function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

interface Tally {
  counts: Map<ChangeKind, number>;
  total: number;
  more: boolean;
}

export function SinceLastVisit({ code }: { code: string }) {
  const client = useClient();
  const [window] = useState(() => {
    const previous = previousVisit(code);
    return { previous, since: previous ?? daysBefore(today(), FIRST_WINDOW_DAYS) };
  });
  const [tally, setTally] = useState<Tally | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const counts = new Map<ChangeKind, number>();
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const variables: { code: string; since: string; after: string | null } = { code, since: window.since, after };
        const result = await client.query(SinceQuery, variables).toPromise();
        const data: LocalAuthorityChangesSinceQuery | undefined = result.data;
        const changes = data?.localAuthority?.changes;
        if (!changes) return;
        for (const { node } of changes.edges) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
        total += changes.edges.length;
        after = changes.pageInfo.endCursor ?? null;
        if (!changes.pageInfo.hasNextPage || !after) {
          after = null;
          break;
        }
      }
      if (live) setTally({ counts, total, more: after !== null });
    })();
    return () => {
      live = false;
    };
  }, [client, code, window.since]);

  if (!tally) return null;
  const opening = window.previous
    ? `Since your last visit on ${formatDate(window.previous)}`
    : `In the last ${FIRST_WINDOW_DAYS} days`;
  const kinds = (Object.keys(changeKindCountLabels) as ChangeKind[]).filter((kind) => tally.counts.has(kind));
  const parts = kinds.map((kind) => {
    const count = tally.counts.get(kind) ?? 0;
    const [one, many] = changeKindCountLabels[kind];
    return `${formatCount(count)} ${count === 1 ? one : many}`;
  });
  const said =
    tally.total === 0
      ? 'nothing changed.'
      : tally.more
        ? `${formatCount(tally.total)} or more changes.`
        : `${parts.join(', ')}.`;
  return (
    <div class="govuk-inset-text beacon-no-print" data-testid="since-last-visit" data-since={window.since}>
      <p class="govuk-body govuk-!-margin-bottom-1">
        {opening}: {said}
      </p>
      <p class="govuk-body govuk-!-margin-bottom-0">
        <a
          class="govuk-link"
          href={`/councils/${code}/changes${tally.total === 0 ? '' : `?since=${window.since}`}`}
          data-testid="since-link"
        >
          {tally.total === 0 ? 'See the latest changes' : 'See these changes'}
        </a>
      </p>
    </div>
  );
}
