// What a list says when it has no owner (an unknown council or trust) and when a page link has gone stale.
import { NotificationBanner } from '../../components/govuk/notification-banner.js';
import { NothingUnder } from '../not-found.js';
import type { ListScope } from './scope.js';

/** An unknown council's or trust's list: the same "not found" as their own pages. */
export function ListNotFound({ scope }: { scope: ListScope }) {
  return scope.kind === 'trust' ? (
    <NothingUnder kind="trust" id={scope.uid} />
  ) : (
    <NothingUnder kind="localAuthority" id={scope.kind === 'localAuthority' ? scope.code : ''} />
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
