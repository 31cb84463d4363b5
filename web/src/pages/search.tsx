// `/search?q=…`: councils, trusts and schools whose name contains the text (or whose code it is).
import { useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { countOf } from '../../../functions/core/labels.js';
import { useAnnounce } from '../components/announcer.js';
import { usePageTitle } from '../components/page-title.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { formatCount } from '../format.js';
import { graphql } from '../generated/index.js';

const SearchQuery = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 20) {
      localAuthorities { totalCount edges { node { code name } } }
      trusts { totalCount edges { node { uid name status } } }
      schools { totalCount edges { node { urn name town localAuthority { name } } } }
    }
  }
`);

function Section({
  title,
  total,
  shown,
  children,
}: {
  title: string;
  total: number;
  shown: number;
  children: preact.ComponentChildren;
}) {
  return (
    <section aria-label={title}>
      <h2 class="govuk-heading-m">
        {title}{' '}
        <span class="govuk-body-s">
          ({total > shown ? `first ${shown} of ${formatCount(total)}` : formatCount(total)})
        </span>
      </h2>
      {total === 0 ? <p class="govuk-body">None found.</p> : <ul class="govuk-list">{children}</ul>}
    </section>
  );
}

export function SearchPage() {
  const { query } = useLocation();
  const text = (query.q ?? '').trim();
  usePageTitle(text ? `“${text}”` : 'Search', text ? 'search' : null);
  const [{ data, fetching, error }] = useQuery({ query: SearchQuery, variables: { text }, pause: text.length < 2 });
  const found = data?.search;
  const [localAuthorities = 0, trusts = 0, schools = 0] = found
    ? [found.localAuthorities, found.trusts, found.schools].map((group) => group.totalCount)
    : [];
  useAnnounce(
    found &&
      `Found ${countOf(localAuthorities, 'council')}, ${countOf(trusts, 'trust')}, ${countOf(schools, 'school')}`,
  );
  return (
    <>
      <h1 class="govuk-heading-xl">Search</h1>
      {text.length < 2 ? (
        <p class="govuk-body">Type at least two letters of a council, trust or school name above.</p>
      ) : null}
      {fetching ? <Loading /> : null}
      <ErrorOf error={error} />
      {data ? (
        <div data-testid="results">
          <p class="govuk-body">Results for “{text}”.</p>
          <Section
            title="Councils"
            total={data.search.localAuthorities.totalCount}
            shown={data.search.localAuthorities.edges.length}
          >
            {data.search.localAuthorities.edges.map(({ node }) => (
              <li key={node.code}>
                <a href={`/councils/${node.code}`}>{node.name}</a> (LA code {node.code})
              </li>
            ))}
          </Section>
          <Section title="Trusts" total={data.search.trusts.totalCount} shown={data.search.trusts.edges.length}>
            {data.search.trusts.edges.map(({ node }) => (
              <li key={node.uid}>
                <a href={`/trusts/${node.uid}`}>{node.name}</a>
                {node.status === 'CLOSED' ? ' (closed)' : ''}
              </li>
            ))}
          </Section>
          <Section title="Schools" total={data.search.schools.totalCount} shown={data.search.schools.edges.length}>
            {data.search.schools.edges.map(({ node }) => (
              <li key={node.urn}>
                <a href={`/schools/${node.urn}`}>{node.name}</a>, {node.town ? `${node.town}, ` : ''}
                {node.localAuthority.name} (URN {node.urn})
              </li>
            ))}
          </Section>
        </div>
      ) : null}
    </>
  );
}
