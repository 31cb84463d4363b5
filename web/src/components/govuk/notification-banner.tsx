// The GOV.UK notification banner: news about the whole page (here, who the viewer is signed in as).
import type { ComponentChildren } from 'preact';

export function NotificationBanner({
  id,
  title,
  testId,
  children,
}: {
  id: string;
  title: string;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="govuk-notification-banner" aria-labelledby={id} data-testid={testId}>
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={id}>
          {title}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">{children}</div>
    </section>
  );
}
