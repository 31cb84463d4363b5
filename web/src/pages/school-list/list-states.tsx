// What a list says when it has no owner (an unknown council or trust) and when a page link has gone stale.
import { NotificationBanner } from '../../components/govuk/notification-banner.js';
import type { ListScope } from './scope.js';

export function ListNotFound({ scope }: { scope: ListScope }) {
  const isLocalAuthority = scope.kind === 'localAuthority';
  return (
    <>
      <h1 class="govuk-heading-l" data-testid="not-found">
        {isLocalAuthority
          ? `No council with code ${scope.code}`
          : `No trust with UID ${scope.kind === 'trust' ? scope.uid : ''}`}
      </h1>
      <p class="govuk-body">
        {isLocalAuthority
          ? 'Councils are known by their three-digit GIAS LA code, for example 886 for Kent.'
          : 'Trusts are known by their GIAS group UID, for example 2864 for the Dean Trust.'}{' '}
        Search for it by name above, or <a href="/">start from England's picture</a>.
      </p>
    </>
  );
}

export function StaleCursor() {
  return (
    <NotificationBanner id="stale-page-title" title="Important" testId="stale-page">
      <p class="govuk-notification-banner__heading">
        The page link you followed is out of date, so the list starts again from the first page.
      </p>
    </NotificationBanner>
  );
}
