// GOV.UK form parts for pages that change records: the error summary that links to each field in error, a form
// group that shows its field's error, a textarea, and the confirmation panel shown once a change is made.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Problem } from './problem.js';

export type { Problem } from './problem.js';

/** The summary takes focus when it appears, as GOV.UK's does, so a screen reader hears the problems first. */
export function ProblemSummary({ problems }: { problems: readonly Problem[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-testid="error-summary" tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {problems.map((problem) => (
              <li key={problem.text}>
                {problem.field ? <a href={`#${problem.field}`}>{problem.text}</a> : problem.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** The problem about `field`, if any. */
export const problemFor = (problems: readonly Problem[], field: string) =>
  problems.find((problem) => problem.field === field)?.text ?? null;

/** A field's hint (id `<id>-hint`) and its error message (id `<id>-error`), as GOV.UK places them. */
export function HintAndError({ id, hint, error }: { id: string; hint?: ComponentChildren; error?: string | null }) {
  return (
    <>
      {hint ? (
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p class="govuk-error-message" id={`${id}-error`}>
          <span class="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
    </>
  );
}

/** The class of a form group, marked when its field is in error. */
export const groupClass = (error: string | null | undefined) =>
  `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;

export function FormGroup({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
  children: ComponentChildren;
}) {
  return (
    <div class={groupClass(error)}>
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** aria-describedby for a control in a FormGroup: its hint and its error, when shown. */
export const describedBy = (id: string, hint: boolean, error: string | null | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The green panel that says a change was made, with what comes next below it. */
export function ConfirmationPanel({ title, children }: { title: string; children?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="govuk-panel govuk-panel--confirmation" data-testid="confirmation">
      <h1 class="govuk-panel__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children ? <div class="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
