// The GOV.UK error summary: what went wrong, at the top of the page, announced to screen readers.
import type { ComponentChildren } from 'preact';

export function ErrorSummary({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary" role="alert" data-testid="problem">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">{children}</div>
      </div>
    </div>
  );
}
