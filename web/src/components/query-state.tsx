// What a page says while its data comes, and when it cannot have it: refused (with why and how to sign in),
// not found (the address names no council, trust or school), or failed (with "Try again").
import type { CombinedError } from '@urql/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type NotFoundKind, NothingUnder } from '../pages/not-found.js';
import { ErrorSummary } from './govuk/error-summary.js';

/** Asks again: the frame gives a fresh client, so every query on the page runs again. */
export const RetryContext = createContext<() => void>(() => window.location.reload());

export function refusal(error: CombinedError | undefined): string | null {
  const refused = error?.graphQLErrors.find((item) => item.extensions?.code === 'FORBIDDEN');
  return refused ? refused.message : null;
}

const KINDS: readonly NotFoundKind[] = ['localAuthority', 'trust', 'school'];

/** The council, trust or school the address asked for, when the API says there is none or the code cannot be one. */
export function missing(error: CombinedError | undefined): { kind: NotFoundKind; id: string } | null {
  for (const item of error?.graphQLErrors ?? []) {
    const [field, ...rest] = item.path ?? [];
    const code = item.extensions?.code;
    const kind = KINDS.find((candidate) => candidate === field);
    if (kind && rest.length === 0 && (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')) {
      return { kind, id: String(item.extensions?.value ?? '') };
    }
  }
  return null;
}

/** A failure that asking again may mend: no answer (network), or the server's own fault. */
const failed = (error: CombinedError) =>
  Boolean(error.networkError) ||
  error.graphQLErrors.length === 0 ||
  error.graphQLErrors.some((item) => (item.extensions?.code ?? 'INTERNAL_SERVER_ERROR') === 'INTERNAL_SERVER_ERROR');

export function Loading() {
  return (
    <p class="govuk-body" role="status" aria-live="polite">
      Loading…
    </p>
  );
}

export function TryAgain() {
  const retry = useContext(RetryContext);
  return (
    <ErrorSummary title="Sorry, Beacon could not load this page">
      <p class="govuk-body">The request failed: Beacon may be busy or your connection may have dropped.</p>
      <button class="govuk-button govuk-!-margin-bottom-0" type="button" data-testid="try-again" onClick={retry}>
        Try again
      </button>
    </ErrorSummary>
  );
}

/** Renders the error of a failed answer; null when there is none. */
export function ErrorOf({ error }: { error: CombinedError | undefined }) {
  const { url } = useLocation();
  if (!error) return null;
  const refused = refusal(error);
  if (refused) {
    return (
      <ErrorSummary title="You cannot see this">
        <p class="govuk-body">{refused}</p>
        <p class="govuk-body">
          <a href={`/sign-in?next=${encodeURIComponent(url)}`}>Sign in with a role and scope that may see it</a>.
        </p>
      </ErrorSummary>
    );
  }
  const absent = missing(error);
  if (absent) return <NothingUnder kind={absent.kind} id={absent.id} />;
  if (failed(error)) return <TryAgain />;
  return (
    <ErrorSummary title="There is a problem">
      <p class="govuk-body">{error.graphQLErrors[0]?.message}</p>
    </ErrorSummary>
  );
}
