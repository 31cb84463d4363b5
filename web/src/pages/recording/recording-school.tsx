// The school a form changes, as the forms need it: its council and trust (whom the form is offered to), its awards
// with their versions (optimistic locking), and its partnerships.
import { useQuery } from '@urql/preact';
import { graphql } from '../../generated/index.js';

const RecordingSchoolQuery = graphql(`
  query RecordingSchool($urn: ID!) {
    school(urn: $urn) {
      urn name
      localAuthority { code name }
      trust { uid }
      awards {
        id level status awardedOn nextDueOn nextDueKind version
        reviews { reviewedOn assessor }
      }
      partnerships { since until isActive focus councilQualityAssured agency { id name } }
    }
  }
`);

/** `refresh` asks the API again (after a CONFLICT, to show what the record holds now). */
export function useRecordingSchool(urn: string) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: RecordingSchoolQuery, variables: { urn } });
  return {
    school: data?.school ?? null,
    loading: fetching && !data,
    error,
    refresh: () => refetch({ requestPolicy: 'network-only' }),
  };
}

export type RecordingSchool = NonNullable<ReturnType<typeof useRecordingSchool>['school']>;
