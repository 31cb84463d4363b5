// A GOV.UK error message: what is wrong with one field, between its label and its control.
import type { ComponentChildren } from 'preact';

export function ErrorMessage({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <p class="govuk-error-message" id={id}>
      <span class="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}
