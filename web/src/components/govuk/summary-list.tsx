// GOV.UK summary lists (key and value rows) and summary cards (a titled box of them, or of any content).
import type { ComponentChildren } from 'preact';

export function SummaryList({ children }: { children: ComponentChildren }) {
  return <dl class="govuk-summary-list">{children}</dl>;
}

export function SummaryRow({ name, testId, children }: { name: string; testId?: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{name}</dt>
      <dd class="govuk-summary-list__value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export function SummaryCard({ title, children }: { title: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title">{title}</h3>
      </div>
      <div class="govuk-summary-card__content">{children}</div>
    </div>
  );
}
