// The page frame (header, navigation, search on every page, who is signed in, footer) and the routes: every page has
// an address that can be bookmarked, and a list's filters live in its query string.

import type { Client } from '@urql/core';
import { Provider } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { roleName, scopeName, signOut, useViewer } from './auth.js';
import { createClient } from './client.js';
import { Announcer } from './components/announcer.js';
import { useFocusHeadingOnNavigate } from './components/focus-heading.js';
import { NotificationBanner } from './components/govuk/notification-banner.js';
import { RetryContext } from './components/query-state.js';
import type { WebConfig } from './config.js';
import { LocalAuthorityChangesPage, SchoolChangesPage, TrustChangesPage } from './pages/changes/changes-pages.js';
import { DigestUnsubscribePage } from './pages/digest-unsubscribe.js';
import { EnglandPage } from './pages/england.js';
import { ComparePage } from './pages/indicators/compare-page.js';
import { LocalAuthorityPage } from './pages/local-authority.js';
import { NotFound } from './pages/not-found.js';
import { recordingRoutes } from './pages/recording/routes.js';
import { RemindersPage } from './pages/reminders.js';
import { SchoolPage } from './pages/school/school-page.js';
import {
  ChosenSchoolListPage,
  EnglandSchoolListPage,
  SchoolListPage,
  TrustSchoolListPage,
} from './pages/school-list/school-list-page.js';
import { SearchPage } from './pages/search.js';
import { SignInPage } from './pages/sign-in.js';
import { TrustPage } from './pages/trust.js';

const ACTIVE = 'govuk-service-navigation__item--active';

function Header() {
  const viewer = useViewer();
  const { path, query, url } = useLocation();
  const links = [
    { href: '/', text: 'England' },
    { href: '/reminders', text: 'Reminders' },
  ];
  return (
    <header class="beacon-header">
      <div class="govuk-width-container">
        <a href="/" class="beacon-header__name">
          Beacon
        </a>
        <span class="govuk-body-s govuk-!-margin-left-2">Inclusion in England's schools</span>
        <form class="beacon-header__search" action="/search" method="get" aria-label="Search Beacon">
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="site-search">
              Search councils, trusts and schools
            </label>
            <input
              class="govuk-input"
              id="site-search"
              name="q"
              type="search"
              autocomplete="off"
              defaultValue={path === '/search' ? (query.q ?? '') : ''}
            />
          </div>
          <button class="govuk-button govuk-button--secondary" data-module="govuk-button" type="submit">
            Search
          </button>
        </form>
      </div>
      <nav class="govuk-service-navigation beacon-no-print" aria-label="Menu">
        <div class="govuk-width-container">
          <ul class="govuk-service-navigation__list">
            {links.map((link) => (
              <li key={link.href} class={`govuk-service-navigation__item${path === link.href ? ` ${ACTIVE}` : ''}`}>
                <a
                  class="govuk-service-navigation__link"
                  href={link.href}
                  aria-current={path === link.href ? 'page' : undefined}
                >
                  {link.text}
                </a>
              </li>
            ))}
            <li class="govuk-service-navigation__item">
              {viewer ? (
                <button type="button" class="govuk-service-navigation__link beacon-link-button" onClick={signOut}>
                  Sign out
                </button>
              ) : (
                <a
                  class="govuk-service-navigation__link"
                  href={path === '/sign-in' ? url : `/sign-in?next=${encodeURIComponent(url)}`}
                >
                  Sign in
                </a>
              )}
            </li>
          </ul>
        </div>
      </nav>
    </header>
  );
}

function SignedInBanner() {
  const viewer = useViewer();
  if (!viewer) return null;
  return (
    <NotificationBanner id="signed-in-title" title="Signed in" testId="signed-in">
      <p class="govuk-body">
        You are signed in as {roleName(viewer.role)} for {scopeName(viewer.scope)}
        {viewer.email ? ` (${viewer.email})` : ''}. Pages show what that scope may see.
      </p>
    </NotificationBanner>
  );
}

function Footer() {
  return (
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <p class="govuk-footer__meta-custom govuk-body-s">
          School, trust and council facts from Get Information about Schools (GIAS), Ofsted's official statistics and
          the DfE's SEN, absence, exclusion and school census statistics, under the{' '}
          <a
            class="govuk-footer__link"
            href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
          >
            Open Government Licence v3.0
          </a>
          . IQM awards shown as ILLUSTRATIVE are demonstration data.
        </p>
      </div>
    </footer>
  );
}

/** The routed pages, inside the location: focus moves to each new page's main heading. */
function Pages({ config }: { config: WebConfig }) {
  const { path } = useLocation();
  useFocusHeadingOnNavigate(path);
  return (
    <Router>
      <Route path="/" component={EnglandPage} />
      <Route path="/councils/:code" component={LocalAuthorityPage} />
      <Route path="/councils/:code/schools" component={SchoolListPage} />
      <Route path="/councils/:code/compare" component={ComparePage} />
      <Route path="/councils/:code/changes" component={LocalAuthorityChangesPage} />
      <Route path="/trusts/:uid" component={TrustPage} />
      <Route path="/trusts/:uid/changes" component={TrustChangesPage} />
      <Route path="/trusts/:uid/schools" component={TrustSchoolListPage} />
      <Route path="/schools" component={EnglandSchoolListPage} />
      <Route path="/compare" component={ChosenSchoolListPage} />
      <Route path="/schools/:urn" component={SchoolPage} />
      <Route path="/schools/:urn/changes" component={SchoolChangesPage} />
      {recordingRoutes}
      <Route path="/search" component={SearchPage} />
      <Route path="/reminders" component={RemindersPage} />
      <Route path="/digest/unsubscribe" component={DigestUnsubscribePage} />
      <Route path="/sign-in" component={() => <SignInPage config={config} />} />
      <Route default component={NotFound} />
    </Router>
  );
}

export function App({ config }: { config: WebConfig }) {
  const viewer = useViewer();
  // "Try again" after a failed request: a fresh client (nothing failed kept in its cache) asks every query again.
  const [attempt, setAttempt] = useState(0);
  const retry = useMemo(() => () => setAttempt((count) => count + 1), []);
  // A new client when the viewer changes: nothing cached for one viewer is shown to another.
  const client: Client = useMemo(() => createClient(config.apiUrl), [config.apiUrl, viewer?.token, attempt]);
  return (
    <LocationProvider>
      <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <Header />
      <div class="govuk-width-container">
        <main class="govuk-main-wrapper" id="main-content">
          <SignedInBanner />
          <Provider value={client}>
            <RetryContext.Provider value={retry}>
              <Pages config={config} />
            </RetryContext.Provider>
          </Provider>
        </main>
      </div>
      <Footer />
      <Announcer />
    </LocationProvider>
  );
}
