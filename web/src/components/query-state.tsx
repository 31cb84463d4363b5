// What a page says while its data comes, and when it cannot have it: refused (with why and how to sign in),
// not found, or failed.
import type { CombinedError } from '@urql/core';
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';

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

export function Problem({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary" role="alert" data-testid="problem">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">{children}</div>
      </div>
    </div>
  );
}

/** Renders the error of a failed answer; null when there is none. */
export function ErrorOf({ error }: { error: CombinedError | undefined }) {
  const { path } = useLocation();
  if (!error) return null;
  const refused = refusal(error);
  if (refused) {
    return (
      <Problem title="You cannot see this">
        <p class="govuk-body">{refused}</p>
        <p class="govuk-body">
          <a href={`/sign-in?next=${encodeURIComponent(path)}`}>Sign in with a role and scope that may see it</a>.
        </p>
      </Problem>
    );
  }
  const message = error.graphQLErrors[0]?.message ?? 'Beacon could not be reached. Try again in a moment.';
  return (
    <Problem title="There is a problem">
      <p class="govuk-body">{message}</p>
    </Problem>
  );
}
