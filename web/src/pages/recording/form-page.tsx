// The frame of every recording form: a back link, the heading with what it is about, the error summary, and, for a
// viewer the access table does not allow, a plain refusal instead of the form.

import type { CombinedError } from '@urql/core';
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { ConfirmationPanel, type Problem, ProblemSummary } from '../../components/govuk/form-parts.js';
import { ErrorOf, Loading } from '../../components/query-state.js';

export function BackLink({ href, text }: { href: string; text: string }) {
  return (
    <a href={href} class="govuk-back-link beacon-no-print">
      {text}
    </a>
  );
}

export function FormPage({
  back,
  caption,
  title,
  problems,
  children,
}: {
  back: { href: string; text: string };
  caption: string;
  title: string;
  problems: readonly Problem[];
  children: ComponentChildren;
}) {
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <BackLink {...back} />
        <ProblemSummary problems={problems} />
        <h1 class="govuk-heading-l">
          <span class="govuk-caption-l">{caption}</span>
          {title}
        </h1>
        {children}
      </div>
    </div>
  );
}

/**
 * What shows instead of the form: loading, a failed or refused read, or a viewer who may not make the change;
 * null to show the form.
 */
export function useNotOffered({
  loading,
  error,
  what,
  found,
  allowed,
}: {
  loading: boolean;
  error: CombinedError | undefined;
  what: string;
  found: boolean;
  allowed: boolean;
}) {
  const { path, url } = useLocation();
  if (loading) return <Loading />;
  if (!found) {
    return error ? <ErrorOf error={error} /> : <h1 class="govuk-heading-l">Beacon holds nothing at {path}</h1>;
  }
  if (allowed) return null;
  return (
    <>
      <h1 class="govuk-heading-l">You cannot {what} here</h1>
      <p class="govuk-body" data-testid="not-offered">
        Only the roles Beacon's access policy allows, signed in with a scope that covers this record, can {what}.{' '}
        <a href={`/sign-in?next=${encodeURIComponent(url)}`}>Sign in with such a role</a>.
      </p>
    </>
  );
}

/** The submit button, disabled while the change is sent. */
export function SendButton({ text, sending }: { text: string; sending: boolean }) {
  return (
    <button type="submit" class="govuk-button" data-module="govuk-button" disabled={sending} aria-disabled={sending}>
      {sending ? 'Sending…' : text}
    </button>
  );
}

/** After a change: the confirmation panel saying what was done, and the way back (with what to look at there). */
export function Done({
  title,
  back,
  then,
  children,
}: {
  title: string;
  back: { href: string; text: string };
  then?: string;
  children: ComponentChildren;
}) {
  return (
    <>
      <ConfirmationPanel title={title}>{children}</ConfirmationPanel>
      <p class="govuk-body">
        <a href={back.href}>{back.text}</a>
        {then ? ` ${then}` : ''}
      </p>
    </>
  );
}
