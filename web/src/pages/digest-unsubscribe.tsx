// `/digest/unsubscribe?token=…`: the weekly digest's unsubscribe link. A button, not the visit, unsubscribes, so a
// mail scanner that opens the link changes nothing; using it twice answers the same.
import { useMutation } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { ErrorSummary } from '../components/govuk/error-summary.js';
import { usePageTitle } from '../components/page-title.js';
import { graphql } from '../generated/index.js';

const Unsubscribe = graphql(`
  mutation UnsubscribeFromDigest($token: String!) {
    unsubscribeFromDigest(token: $token) { email scopeName unsubscribedAt }
  }
`);

export function DigestUnsubscribePage() {
  const { query } = useLocation();
  const token = query.token ?? '';
  usePageTitle('Unsubscribe from the weekly digest');
  const [{ data, fetching, error }, unsubscribe] = useMutation(Unsubscribe);
  const done = data?.unsubscribeFromDigest;
  if (done) {
    return (
      <div class="govuk-panel govuk-panel--confirmation" data-testid="unsubscribed">
        <h1 class="govuk-panel__title">You have unsubscribed</h1>
        <div class="govuk-panel__body">
          {done.email} will get no more weekly digests for {done.scopeName}.
        </div>
      </div>
    );
  }
  return (
    <>
      {error ? (
        <ErrorSummary title="There is a problem">
          <p class="govuk-body">{error.graphQLErrors[0]?.message ?? 'Beacon could not be reached. Try again.'}</p>
        </ErrorSummary>
      ) : null}
      <h1 class="govuk-heading-xl">Unsubscribe from the weekly digest</h1>
      {token ? (
        <>
          <p class="govuk-body">
            You will get no more weekly e-mails of what changed for this council, trust or school.
          </p>
          <button class="govuk-button" type="button" disabled={fetching} onClick={() => void unsubscribe({ token })}>
            Unsubscribe
          </button>
        </>
      ) : (
        <p class="govuk-body">This address has no unsubscribe token: use the link at the foot of a digest e-mail.</p>
      )}
    </>
  );
}
