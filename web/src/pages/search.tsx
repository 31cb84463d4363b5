// `/search?q=…`: councils, trusts and schools found by what people type (a name or former name, a town, a postcode,
// a URN or a predecessor's, an LA code, a trust's UID or TR-number, a misspelt word), best match first, grouped, each
// result with a line of context, each group paged to its end.
import { useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { countOf, labelOf, trustStatusLabels, trustTypeLabels } from '../../../functions/core/labels.js';
import { useAnnounce } from '../components/announcer.js';
import { usePageTitle } from '../components/page-title.js';
import { ErrorOf, Loading } from '../components/query-state.js';
import { formatCount } from '../format.js';
import { graphql } from '../generated/index.js';
import {
  GROUP_PARAMETERS,
  type GroupResult,
  SEARCH_PAGE_SIZE,
  SearchGroup,
  type SearchPlace,
  trailOf,
} from './search-group.js';

const SearchQuery = graphql(`
  query Search($text: String!, $first: Int!, $localAuthorities: String, $trusts: String, $schools: String) {
    search(text: $text, first: $first) {
      localAuthorities(after: $localAuthorities) {
        totalCount
        edges { node { code name region { name } } match { field value } }
        pageInfo { hasNextPage endCursor }
      }
      trusts(after: $trusts) {
        totalCount
        edges { node { uid name type status } match { field value } openSchoolCount }
        pageInfo { hasNextPage endCursor }
      }
      schools(after: $schools) {
        totalCount
        edges { node { urn name type town postcode localAuthority { name } } match { field value } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const joined = (parts: readonly (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');
const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;
/** The count in words, or nothing when there are none. */
const counted = (count: number, one: string, many: string) => (count > 0 ? plural(count, one, many) : null);
/** "a, b and c" of the parts given. */
function listed(parts: readonly (string | null)[]): string {
  const given = parts.filter((part): part is string => part !== null);
  return given.length > 1 ? `${given.slice(0, -1).join(', ')} and ${given.at(-1)}` : (given[0] ?? '');
}

function NoResults({ text }: { text: string }) {
  return (
    <div data-testid="no-results">
      <h2 class="govuk-heading-m">No councils, trusts or schools match “{text}”</h2>
      <p class="govuk-body">You could:</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>check the spelling, or use fewer words or part of a name (Milestone rather than Milestone Academy)</li>
        <li>search by town (Sevenoaks) or postcode, whole or its first half (ME9 8PL or ME9)</li>
        <li>search by URN (140412), a former school's URN, an LA code (886) or a trust's number (TR00637)</li>
        <li>search for a trust by a name it had before</li>
      </ul>
    </div>
  );
}

export function SearchPage() {
  const { query } = useLocation();
  const text = (query.q ?? '').trim();
  usePageTitle(text ? `“${text}”` : 'Search', text ? 'search' : null);
  const place: SearchPlace = {
    text,
    trails: {
      localAuthorities: trailOf(query[GROUP_PARAMETERS.localAuthorities]),
      trusts: trailOf(query[GROUP_PARAMETERS.trusts]),
      schools: trailOf(query[GROUP_PARAMETERS.schools]),
    },
  };
  const [{ data, fetching, error }] = useQuery({
    query: SearchQuery,
    variables: {
      text,
      first: SEARCH_PAGE_SIZE,
      localAuthorities: place.trails.localAuthorities.at(-1) ?? null,
      trusts: place.trails.trusts.at(-1) ?? null,
      schools: place.trails.schools.at(-1) ?? null,
    },
    pause: text.length < 2,
  });
  const found = data?.search;
  const none = found && found.localAuthorities.totalCount + found.trusts.totalCount + found.schools.totalCount === 0;
  useAnnounce(
    found &&
      `Found ${countOf(found.localAuthorities.totalCount, 'council')}, ${countOf(found.trusts.totalCount, 'trust')}, ` +
        `${countOf(found.schools.totalCount, 'school')}`,
  );
  return (
    <>
      <h1 class="govuk-heading-xl">{text.length >= 2 ? `Search results for “${text}”` : 'Search'}</h1>
      {text.length < 2 ? (
        <p class="govuk-body">
          Type at least two letters of a council, trust or school name, a town, a postcode or a code above.
        </p>
      ) : null}
      {fetching ? <Loading /> : null}
      <ErrorOf error={error} />
      {found && none ? <NoResults text={text} /> : null}
      {found && !none ? (
        <div data-testid="results">
          <p class="govuk-body" aria-live="polite">
            Found{' '}
            {listed([
              counted(found.localAuthorities.totalCount, 'council', 'councils'),
              counted(found.trusts.totalCount, 'trust', 'trusts'),
              counted(found.schools.totalCount, 'school', 'schools'),
            ])}
            , best match first.
          </p>
          <SearchGroup
            name="localAuthorities"
            title="Councils"
            noun={['council', 'councils']}
            total={found.localAuthorities.totalCount}
            place={place}
            {...found.localAuthorities.pageInfo}
            results={found.localAuthorities.edges.map(
              ({ node, match }): GroupResult => ({
                key: node.code,
                href: `/councils/${node.code}`,
                name: node.name,
                context: joined(['Council', `LA code ${node.code}`, node.region?.name]),
                match,
              }),
            )}
          />
          <SearchGroup
            name="trusts"
            title="Trusts"
            noun={['trust', 'trusts']}
            total={found.trusts.totalCount}
            place={place}
            {...found.trusts.pageInfo}
            results={found.trusts.edges.map(
              ({ node, match, openSchoolCount }): GroupResult => ({
                key: node.uid,
                href: `/trusts/${node.uid}`,
                name: node.name,
                context: joined([
                  labelOf(trustTypeLabels, node.type),
                  plural(openSchoolCount, 'open school', 'open schools'),
                  node.status ? labelOf(trustStatusLabels, node.status) : null,
                ]),
                match,
              }),
            )}
          />
          <SearchGroup
            name="schools"
            title="Schools"
            noun={['school', 'schools']}
            total={found.schools.totalCount}
            place={place}
            {...found.schools.pageInfo}
            results={found.schools.edges.map(
              ({ node, match }): GroupResult => ({
                key: node.urn,
                href: `/schools/${node.urn}`,
                name: node.name,
                context: joined([node.type, node.town, node.postcode, node.localAuthority.name, `URN ${node.urn}`]),
                match,
              }),
            )}
          />
        </div>
      ) : null}
    </>
  );
}
