// A feed's page, whoever's it is: heading, the way back to the overview, the filters, the problem the API found
// with the address, the changes (or once, that there are none), and "Older changes" / "Newest changes".
import type { CombinedError } from '@urql/core';
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useViewer } from '../../auth.js';
import { Breadcrumbs, type Crumb } from '../../components/govuk/breadcrumbs.js';
import { ErrorSummary } from '../../components/govuk/error-summary.js';
import { Pagination } from '../../components/govuk/pagination.js';
import { PageTabs } from '../../components/page-tabs.js';
import { usePageTitle } from '../../components/page-title.js';
import { ErrorOf, Loading } from '../../components/query-state.js';
import type { ChangeRowFragment } from '../../generated/graphql.js';
import { ChangeList } from './change-list.js';
import { ChangeFilters, type FeedField } from './filter-form.js';
import { searchOf } from './filters.js';

export interface FeedPage {
  edges: readonly { node: ChangeRowFragment }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface FeedOwner {
  /** e.g. /councils/886: the overview; the feed is at `${base}/changes`. */
  base: string;
  caption: string;
  title: string;
  crumbs: readonly Crumb[];
  isLocalAuthority?: boolean;
  /** Whether each change names its school (not on a school's own feed). */
  showSchool: boolean;
}

/** The field a BAD_USER_INPUT is about, and its message without GraphQL's "Variable …" preamble. */
function fieldErrors(error: CombinedError | undefined): Partial<Record<FeedField, string>> | null {
  const refused = error?.graphQLErrors.filter((item) => item.extensions?.code === 'BAD_USER_INPUT') ?? [];
  if (refused.length === 0) return null;
  const errors: Partial<Record<FeedField, string>> = {};
  for (const item of refused) {
    const variable = /^Variable "\$(\w+)" got invalid value [^;]*; (.*)$/s.exec(item.message);
    const argument = String(variable?.[1] ?? item.extensions?.argument ?? 'kinds');
    const field = (['kinds', 'since', 'until', 'after'] as const).find((name) => name === argument) ?? 'kinds';
    errors[field] = variable?.[2] ?? item.message;
  }
  return errors;
}

const FIELD_TARGET: Record<FeedField, string> = {
  kinds: '#kinds',
  since: '#since-day',
  until: '#until-day',
  after: '#newest',
};

export function ChangesView({
  owner,
  page,
  fetching,
  error,
  children,
}: {
  owner: FeedOwner;
  page: FeedPage | null | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  children?: ComponentChildren;
}) {
  const { query, route, url } = useLocation();
  const viewer = useViewer();
  usePageTitle(owner.title, "what's changed");
  const path = `${owner.base}/changes`;
  const errors = fieldErrors(error);
  const submit = (event: Event) => {
    event.preventDefault();
    const search = searchOf(new FormData(event.currentTarget as HTMLFormElement));
    route(`${path}${search.size > 0 ? `?${search}` : ''}`);
  };
  const next = new URLSearchParams(query);
  if (page?.pageInfo.endCursor) next.set('after', page.pageInfo.endCursor);
  const newest = new URLSearchParams(query);
  newest.delete('after');
  const newestHref = `${path}${newest.size > 0 ? `?${newest}` : ''}`;
  return (
    <>
      <Breadcrumbs crumbs={owner.crumbs} />
      {errors ? (
        <ErrorSummary title="There is a problem with the filters">
          <ul class="govuk-list govuk-error-summary__list">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                <a href={FIELD_TARGET[field as FeedField]}>{message}</a>
              </li>
            ))}
          </ul>
        </ErrorSummary>
      ) : null}
      <span class="govuk-caption-l">{owner.caption}</span>
      <h1 class="govuk-heading-xl">What's changed: {owner.title}</h1>
      <PageTabs base={owner.base} current="changes" />
      {children}
      <p class="govuk-body beacon-no-print">
        <a class="govuk-link" href={`${owner.base}/changes.atom`} type="application/atom+xml" data-testid="atom">
          Follow in a feed reader (Atom)
        </a>
      </p>
      {viewer ? null : (
        <p class="govuk-body" data-testid="hidden-changes">
          Awards falling due, overdue or lapsed are shown only to people signed in for this{' '}
          {owner.isLocalAuthority ? 'council' : owner.showSchool ? 'trust' : 'school'}.{' '}
          <a href={`/sign-in?next=${encodeURIComponent(url)}`}>Sign in</a> to see them.
        </p>
      )}
      <ChangeFilters
        // A new form for each filtered address: the boxes show the address's filters after "Clear filters" too.
        key={`${query.kinds}|${query.since}|${query.until}`}
        action={path}
        clearHref={path}
        query={query}
        isLocalAuthority={owner.isLocalAuthority ?? false}
        errors={errors ?? {}}
        onSubmit={submit}
      />
      {fetching && !page ? <Loading /> : null}
      {errors ? null : <ErrorOf error={error} />}
      {page ? (
        <>
          {page.edges.length === 0 ? (
            <p class="govuk-body" data-testid="no-changes">
              {query.after ? 'No older changes match these filters.' : 'No changes match these filters.'}
            </p>
          ) : (
            <ChangeList changes={page.edges.map((edge) => edge.node)} showSchool={owner.showSchool} />
          )}
          <Pagination
            label="Pages of changes"
            previous={query.after ? { href: newestHref, text: 'Newest changes', rel: 'first' } : undefined}
            next={
              page.pageInfo.hasNextPage ? { href: `${path}?${next}`, text: 'Older changes', rel: 'next' } : undefined
            }
          />
        </>
      ) : null}
      {errors?.after ? (
        <p class="govuk-body">
          <a class="govuk-link" id="newest" href={newestHref}>
            Newest changes
          </a>
        </p>
      ) : null}
    </>
  );
}
