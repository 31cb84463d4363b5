// What a page says while its data comes, and when it cannot have it: refused (with why and how to sign in),
// not found, or failed.
import type { CombinedError } from '@urql/core';
import { useLocation } from 'preact-iso';
import { ErrorSummary } from './govuk/error-summary.js';

export function refusal(error: CombinedError | undefined): string | null {
  const refused = error?.graphQLErrors.find((item) => item.extensions?.code === 'FORBIDDEN');
  return refused ? refused.message : null;
}

export function Loading() {
  return (
    <p class="govuk-body" role="status" aria-live="polite">
      Loading…
    </p>
  );
}

/** Renders the error of a failed answer; null when there is none. */
export function ErrorOf({ error }: { error: CombinedError | undefined }) {
  const { path } = useLocation();
  if (!error) return null;
  const refused = refusal(error);
  if (refused) {
    return (
      <ErrorSummary title="You cannot see this">
        <p class="govuk-body">{refused}</p>
        <p class="govuk-body">
          <a href={`/sign-in?next=${encodeURIComponent(path)}`}>Sign in with a role and scope that may see it</a>.
        </p>
      </ErrorSummary>
    );
  }
  const message = error.graphQLErrors[0]?.message ?? 'Beacon could not be reached. Try again in a moment.';
  return (
    <ErrorSummary title="There is a problem">
      <p class="govuk-body">{message}</p>
    </ErrorSummary>
  );
}
