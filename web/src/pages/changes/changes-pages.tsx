// `/councils/:code/changes`, `/trusts/:uid/changes`, `/schools/:urn/changes`: what changed, newest first, with the
// kinds and days asked for in the address. The name comes from its own query, so a refused filter keeps the page's
// heading.
import { useQuery } from '@urql/preact';
import { useLocation, useRoute } from 'preact-iso';
import { ENGLAND } from '../../components/govuk/breadcrumbs.js';
import { graphql } from '../../generated/index.js';
import { ChangesView } from './changes-view.js';
import { feedVariables } from './filters.js';

const FEED_SIZE = 20;

const LocalAuthorityChangesQuery = graphql(`
  query LocalAuthorityChanges(
    $code: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String
  ) {
    localAuthority(code: $code) {
      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {
        edges { node { ...ChangeRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const LocalAuthorityNameQuery = graphql(`
  query LocalAuthorityName($code: ID!) { localAuthority(code: $code) { code name } }
`);

export function LocalAuthorityChangesPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const code = params.code ?? '';
  const [{ data: named }] = useQuery({ query: LocalAuthorityNameQuery, variables: { code } });
  const [{ data, fetching, error }] = useQuery({
    query: LocalAuthorityChangesQuery,
    variables: { code, first: FEED_SIZE, ...feedVariables(query) },
  });
  const name = named?.localAuthority?.name ?? `Council ${code}`;
  return (
    <ChangesView
      owner={{
        base: `/councils/${code}`,
        caption: `Council (LA code ${code})`,
        title: name,
        crumbs: [ENGLAND, { href: `/councils/${code}`, text: name }],
        isLocalAuthority: true,
        showSchool: true,
      }}
      page={data?.localAuthority?.changes}
      fetching={fetching}
      error={error}
    />
  );
}

const TrustChangesQuery = graphql(`
  query TrustChanges($uid: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {
    trust(uid: $uid) {
      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {
        edges { node { ...ChangeRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const TrustNameQuery = graphql(`
  query TrustName($uid: ID!) { trust(uid: $uid) { uid name } }
`);

export function TrustChangesPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const uid = params.uid ?? '';
  const [{ data: named }] = useQuery({ query: TrustNameQuery, variables: { uid } });
  const [{ data, fetching, error }] = useQuery({
    query: TrustChangesQuery,
    variables: { uid, first: FEED_SIZE, ...feedVariables(query) },
  });
  const name = named?.trust?.name ?? `Trust ${uid}`;
  return (
    <ChangesView
      owner={{
        base: `/trusts/${uid}`,
        caption: `Trust (UID ${uid})`,
        title: name,
        crumbs: [ENGLAND, { href: `/trusts/${uid}`, text: name }],
        showSchool: true,
      }}
      page={data?.trust?.changes}
      fetching={fetching}
      error={error}
    />
  );
}

const SchoolChangesQuery = graphql(`
  query SchoolChanges($urn: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {
    school(urn: $urn) {
      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {
        edges { node { ...ChangeRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const SchoolNameQuery = graphql(`
  query SchoolName($urn: ID!) { school(urn: $urn) { urn name localAuthority { code name } } }
`);

export function SchoolChangesPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const urn = params.urn ?? '';
  const [{ data: named }] = useQuery({ query: SchoolNameQuery, variables: { urn } });
  const [{ data, fetching, error }] = useQuery({
    query: SchoolChangesQuery,
    variables: { urn, first: FEED_SIZE, ...feedVariables(query) },
  });
  const school = named?.school;
  const name = school?.name ?? `School ${urn}`;
  return (
    <ChangesView
      owner={{
        base: `/schools/${urn}`,
        caption: `URN ${urn}`,
        title: name,
        crumbs: [
          ENGLAND,
          ...(school ? [{ href: `/councils/${school.localAuthority.code}`, text: school.localAuthority.name }] : []),
          { href: `/schools/${urn}`, text: name },
        ],
        showSchool: false,
      }}
      page={data?.school?.changes}
      fetching={fetching}
      error={error}
    />
  );
}
