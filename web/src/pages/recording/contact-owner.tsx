// Whose contacts a contact form changes, from its address (`?urn=`, `?trustUid=` or `?laCode=`): the owner's name,
// the way back to its page, and what the access table's scope check looks at.
import { useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { graphql } from '../../generated/index.js';
import type { Target } from './may-record.js';

const ContactOwnerQuery = graphql(`
  query ContactOwner(
    $urn: ID!, $uid: ID!, $code: ID!, $isSchool: Boolean!, $isTrust: Boolean!, $isLocalAuthority: Boolean!
  ) {
    school(urn: $urn) @include(if: $isSchool) { urn name localAuthority { code } trust { uid } }
    trust(uid: $uid) @include(if: $isTrust) { uid name }
    localAuthority(code: $code) @include(if: $isLocalAuthority) { code name }
  }
`);

export interface ContactOwner {
  /** As the mutations take it: exactly one of urn, trustUid, laCode. */
  input: { urn?: string; trustUid?: string; laCode?: string };
  name: string;
  href: string;
  target: Target;
}

export function useContactOwner() {
  const { query } = useLocation();
  const urn = query.urn ?? '';
  const uid = query.trustUid ?? '';
  const code = query.laCode ?? '';
  const [{ data, fetching, error }] = useQuery({
    query: ContactOwnerQuery,
    variables: {
      urn,
      uid,
      code,
      isSchool: Boolean(urn),
      isTrust: !urn && Boolean(uid),
      isLocalAuthority: !urn && !uid && Boolean(code),
    },
    pause: !urn && !uid && !code,
  });
  let owner: ContactOwner | null = null;
  if (data?.school) {
    const school = data.school;
    owner = {
      input: { urn: school.urn },
      name: school.name,
      href: `/schools/${school.urn}`,
      target: { urn: school.urn, laCode: school.localAuthority?.code, trustUid: school.trust?.uid },
    };
  } else if (data?.trust) {
    owner = {
      input: { trustUid: data.trust.uid },
      name: data.trust.name,
      href: `/trusts/${data.trust.uid}`,
      target: { trustUid: data.trust.uid },
    };
  } else if (data?.localAuthority) {
    const localAuthority = data.localAuthority;
    owner = {
      input: { laCode: localAuthority.code },
      name: localAuthority.name,
      href: `/councils/${localAuthority.code}`,
      target: { laCode: localAuthority.code },
    };
  }
  // Came from the reminders page: go back there.
  if (owner && query.from === 'reminders') owner = { ...owner, href: '/reminders' };
  return { owner, loading: fetching && !data, error };
}
